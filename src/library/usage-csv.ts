import type { Correction } from '../emotion';
import { writeCsv } from '../phrasebook/csv-table';
import type { Phrasebook, PhraseEntry } from '../phrasebook/schema';
import type { Usage } from './usage';

function entryLookup(books: readonly Phrasebook[]): (phrasebookId: string, entryId: string) => PhraseEntry | undefined {
  const byKey = new Map<string, PhraseEntry>();
  for (const book of books) for (const entry of book.entries) byKey.set(`${book.id}\n${entry.id}`, entry);
  return (phrasebookId, entryId) => byKey.get(`${phrasebookId}\n${entryId}`);
}

/** One row per phrase, emotion and intensity, with the phrase's current text in both languages, for a spreadsheet. */
export function usageToCsv(usage: Usage, books: readonly Phrasebook[]): string {
  const find = entryLookup(books);
  const rows = [...usage.insertions]
    .sort((a, b) => b.count - a.count || a.entryId.localeCompare(b.entryId))
    .map((row) => {
      const entry = find(row.phrasebookId, row.entryId);
      return [
        row.phrasebookId,
        row.entryId,
        entry?.step ?? '',
        row.emotion,
        row.intensity,
        String(row.count),
        new Date(row.lastAt).toISOString(),
        entry?.text['zh-CN'] ?? '',
        entry?.text.en ?? '',
      ];
    });
  return writeCsv([
    ['phrasebook', 'entry_id', 'step', 'emotion', 'intensity', 'insertions', 'last_inserted', 'text_zh_cn', 'text_en'],
    ...rows,
  ]);
}

/** Agents' corrections of the emotion read-out; message text only where the agent opted in to keeping it. */
export function correctionsToCsv(corrections: readonly Correction[]): string {
  return writeCsv([
    ['at', 'lang', 'predicted', 'predicted_intensity', 'corrected', 'conversation', 'message_text'],
    ...corrections.map((c) => [
      c.at,
      c.lang,
      c.predicted,
      c.predictedIntensity,
      c.corrected,
      c.conversationKey ?? '',
      c.messageText ?? '',
    ]),
  ]);
}
