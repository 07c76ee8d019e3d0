import { storage } from 'wxt/utils/storage';
import { z } from 'zod';

export const settingsSchema = z.object({
  uiLanguage: z.enum(['auto', 'zh-CN', 'en']),
  /** Industry pack whose phrases join the suggestions; null for the general phrasebook only. */
  industry: z.string().nullable(),
  /** The private breathing nudge after a hostile conversation. */
  careNudges: z.boolean(),
  /** Opt-in: keep the customer's message with a correction, so a team lead can see what was misread. */
  storeCustomerText: z.boolean(),
});
export type Settings = z.infer<typeof settingsSchema>;

export const DEFAULT_SETTINGS: Settings = {
  uiLanguage: 'auto',
  industry: null,
  careNudges: true,
  storeCustomerText: false,
};

export const settingsItem = storage.defineItem<Settings>('local:settings', {
  fallback: DEFAULT_SETTINGS,
  version: 1,
});

/** Settings as stored may come from an older version or a hand-edited export: fall back field by field. */
export function parseSettings(value: unknown): Settings {
  const parsed = settingsSchema.partial().safeParse(value);
  return { ...DEFAULT_SETTINGS, ...(parsed.success ? parsed.data : {}) };
}
