import { storage } from 'wxt/utils/storage';
import { z } from 'zod';

/** A follow-up the agent promised in a sent message; holds the agent's own words, never the customer's. */
export const reminderSchema = z.object({
  id: z.string(),
  conversationKey: z.string(),
  customerName: z.string().optional(),
  /** The promise as the agent wrote it ("within 2 hours", 24小时内). */
  phrase: z.string().max(200),
  dueAt: z.number(),
  createdAt: z.number(),
  notified: z.boolean(),
});
export type Reminder = z.infer<typeof reminderSchema>;

/** A full day's promises for a busy agent, many times over; done ones go first, then the oldest. */
export const MAX_REMINDERS = 200;

export const remindersItem = storage.defineItem<Reminder[]>('local:reminders', { fallback: [], version: 1 });

export async function loadReminders(): Promise<Reminder[]> {
  const raw = await remindersItem.getValue();
  return Array.isArray(raw) ? raw.filter((r): r is Reminder => reminderSchema.safeParse(r).success) : [];
}

export async function addReminder(reminder: Reminder): Promise<void> {
  const all = [...(await loadReminders()).filter((r) => r.id !== reminder.id), reminder];
  await remindersItem.setValue(all.sort((a, b) => a.createdAt - b.createdAt).slice(-MAX_REMINDERS));
}

export async function updateReminder(id: string, change: Partial<Reminder>): Promise<Reminder | null> {
  const all = await loadReminders();
  const found = all.find((r) => r.id === id);
  if (!found) return null;
  const next = { ...found, ...change };
  await remindersItem.setValue(all.map((r) => (r.id === id ? next : r)));
  return next;
}

export async function removeReminder(id: string): Promise<void> {
  await remindersItem.setValue((await loadReminders()).filter((r) => r.id !== id));
}
