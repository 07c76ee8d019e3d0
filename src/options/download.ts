/** Saves text as a file through the browser's download bar; nothing leaves the machine. */
export function downloadText(filename: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  link.click();
  // The download has started from the URL; it is no longer needed once the click has been handled.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** `calmdesk-phrasebook-2025-03-01.csv`: sortable, and never the same name as yesterday's export. */
export function datedName(stem: string, extension: string, now = new Date()): string {
  return `calmdesk-${stem}-${now.toISOString().slice(0, 10)}.${extension}`;
}
