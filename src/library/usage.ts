import { storage } from 'wxt/utils/storage';
import { z } from 'zod';
import { EMOTIONS, type Emotion, INTENSITIES, type Intensity } from '../emotion/types';
import { type StorageFailure, withLock, writeTogether } from './storage-write';

/** Enough rows for every entry × emotion × intensity of a large phrasebook; the oldest-used rows go first beyond it. */
export const MAX_USAGE_ROWS = 20_000;

const insertionSchema = z.object({
  phrasebookId: z.string().max(100),
  entryId: z.string().max(100),
  emotion: z.enum(EMOTIONS),
  intensity: z.enum(INTENSITIES),
  count: z.number().int().min(1),
  lastAt: z.number(),
});
export type InsertionCount = z.infer<typeof insertionSchema>;

/**
 * Usage figures, kept on this machine only, version 1: phrase insertions by emotion and intensity. Agents'
 * corrections of the read-out are kept by src/feedback/corrections-store.ts and shown beside these.
 */
const usageSchema = z.object({ insertions: z.array(insertionSchema) });
export type Usage = z.infer<typeof usageSchema>;

const EMPTY_USAGE: Usage = { insertions: [] };

export const usageItem = storage.defineItem<Usage>('local:usage', {
  fallback: EMPTY_USAGE,
  version: 1,
  migrations: {},
});

/** Rows that fail validation are dropped one by one, so one damaged row does not lose the rest of the figures. */
export function parseUsage(value: unknown): Usage {
  const whole = usageSchema.safeParse(value);
  if (whole.success) return whole.data;
  const rows = (value as { insertions?: unknown } | null)?.insertions;
  return {
    insertions: Array.isArray(rows)
      ? rows.flatMap((row) => {
          const parsed = insertionSchema.safeParse(row);
          return parsed.success ? [parsed.data] : [];
        })
      : [],
  };
}

export async function readUsage(): Promise<Usage> {
  return parseUsage(await usageItem.getValue());
}

export function watchUsage(onChange: (usage: Usage) => void): () => void {
  return usageItem.watch((value) => onChange(parseUsage(value)));
}

const USAGE_LOCK = 'calmdesk-usage';

export interface InsertionInput {
  entryId: string;
  phrasebookId: string;
  emotion: Emotion;
  intensity: Intensity;
}

/** Counts one insertion of a suggestion, for the customer's emotion and intensity at that moment. */
export function recordInsertion(input: InsertionInput, now = Date.now()): Promise<StorageFailure | null> {
  return withLock(USAGE_LOCK, async () => {
    const usage = await readUsage();
    const same = (row: InsertionCount) =>
      row.entryId === input.entryId &&
      row.phrasebookId === input.phrasebookId &&
      row.emotion === input.emotion &&
      row.intensity === input.intensity;
    const existing = usage.insertions.find(same);
    const updated: InsertionCount = { ...input, count: (existing?.count ?? 0) + 1, lastAt: now };
    let insertions = [...usage.insertions.filter((row) => !same(row)), updated];
    if (insertions.length > MAX_USAGE_ROWS)
      insertions = [...insertions].sort((a, b) => b.lastAt - a.lastAt).slice(0, MAX_USAGE_ROWS);
    return writeTogether([{ item: usageItem, value: { insertions } }]);
  });
}

export function clearUsage(): Promise<StorageFailure | null> {
  return withLock(USAGE_LOCK, () => writeTogether([{ item: usageItem, value: EMPTY_USAGE }]));
}

export interface PhraseUsage {
  phrasebookId: string;
  entryId: string;
  count: number;
  byIntensity: Record<Intensity, number>;
}

/** For the chart: per emotion, the phrases inserted for it, most used first. */
export function usageByEmotion(usage: Usage): Record<Emotion, PhraseUsage[]> {
  const result = Object.fromEntries(EMOTIONS.map((emotion) => [emotion, [] as PhraseUsage[]])) as Record<
    Emotion,
    PhraseUsage[]
  >;
  for (const row of usage.insertions) {
    const list = result[row.emotion];
    let phrase = list.find((p) => p.entryId === row.entryId && p.phrasebookId === row.phrasebookId);
    if (!phrase) {
      phrase = {
        phrasebookId: row.phrasebookId,
        entryId: row.entryId,
        count: 0,
        byIntensity: { calm: 0, mild: 0, strong: 0, severe: 0 },
      };
      list.push(phrase);
    }
    phrase.count += row.count;
    phrase.byIntensity[row.intensity] += row.count;
  }
  for (const list of Object.values(result))
    list.sort((a, b) => b.count - a.count || a.entryId.localeCompare(b.entryId));
  return result;
}
