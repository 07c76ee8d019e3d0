/**
 * The text of an imported file. Our exports are UTF-8 with a BOM, but Excel and WPS on Chinese Windows save
 * "CSV (逗号分隔)" in GB18030 (GBK): read as UTF-8 every Chinese character would become "�" and replace the
 * team's phrases with garbage. A file that is not valid UTF-8 is read as GB18030 instead.
 */
export function decodeImportedFile(bytes: ArrayBuffer | Uint8Array): { text: string; encoding: 'utf-8' | 'gb18030' } {
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    return { text: new TextDecoder('gb18030').decode(bytes), encoding: 'gb18030' };
  }
}
