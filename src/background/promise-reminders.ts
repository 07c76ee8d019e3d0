import { browser } from 'wxt/browser';
import { findPromise } from '../coach/promises';
import type { ConversationMeta, ReadMessage } from '../messaging/protocol';
import { addReminder, loadReminders, type Reminder, updateReminder } from '../reminders/reminders-store';

const ALARM_PREFIX = 'reminder:';

/**
 * Turns a time frame the agent just committed to into a follow-up reminder: stored, with an alarm that fires a
 * notification when it falls due. Only messages sent while Calmdesk watched count; older ones have no send time.
 */
export async function trackPromises(meta: ConversationMeta, added: ReadMessage[], now = new Date()): Promise<void> {
  for (const message of added) {
    if (message.role !== 'agent') continue;
    const promise = findPromise(message.text, now);
    if (!promise) continue;
    const reminder: Reminder = {
      id: `${meta.adapterId}:${meta.conversationId}:${message.id}`,
      conversationKey: `${meta.adapterId}:${meta.conversationId}`,
      customerName: meta.customerName,
      phrase: promise.phrase,
      dueAt: promise.dueAt.getTime(),
      createdAt: now.getTime(),
      notified: false,
    };
    await addReminder(reminder);
    await browser.alarms.create(`${ALARM_PREFIX}${reminder.id}`, { when: reminder.dueAt });
  }
}

export async function onReminderAlarm(
  alarm: { name: string },
  text: (r: Reminder) => { title: string; message: string },
) {
  if (!alarm.name.startsWith(ALARM_PREFIX)) return;
  const id = alarm.name.slice(ALARM_PREFIX.length);
  const reminder = (await loadReminders()).find((r) => r.id === id);
  if (!reminder || reminder.notified) return;
  await browser.notifications.create(alarm.name, { type: 'basic', iconUrl: '/icon/128.png', ...text(reminder) });
  await updateReminder(id, { notified: true });
}
