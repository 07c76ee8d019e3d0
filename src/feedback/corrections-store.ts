import { storage } from 'wxt/utils/storage';
import { z } from 'zod';
import { type Correction, correctionSchema } from '../emotion/correction';

/** Enough for months of one-click corrections; the oldest go first so storage never grows without bound. */
export const MAX_CORRECTIONS = 5000;

/** Agents' "that's not right" clicks, kept on this machine for team leads to export; text only when opted in. */
export const correctionsItem = storage.defineItem<Correction[]>('local:corrections', { fallback: [], version: 1 });

export async function loadCorrections(): Promise<Correction[]> {
  const parsed = z.array(correctionSchema).safeParse(await correctionsItem.getValue());
  // One bad record (hand-edited, another version) must not hide the others.
  if (parsed.success) return parsed.data;
  const raw = await correctionsItem.getValue();
  return Array.isArray(raw) ? raw.filter((c): c is Correction => correctionSchema.safeParse(c).success) : [];
}

export async function recordCorrection(correction: Correction): Promise<void> {
  const all = [...(await loadCorrections()), correction];
  await correctionsItem.setValue(all.slice(-MAX_CORRECTIONS));
}
