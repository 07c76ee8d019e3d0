import { useEffect, useState } from 'preact/hooks';
import { loadReminders, type Reminder, remindersItem, removeReminder } from '../reminders/reminders-store';
import { useT } from './i18n-context';

/** Countdown text: minutes below two hours, hours and minutes above; overdue says so. */
export function countdown(ms: number): { overdue: boolean; hours: number; minutes: number } {
  const minutes = Math.max(0, Math.ceil(Math.abs(ms) / 60_000));
  return { overdue: ms < 0, hours: Math.floor(minutes / 60), minutes: minutes % 60 };
}

/** Follow-ups the agent promised in this conversation, with the time left; the promise is theirs to keep. */
export function Reminders({ conversationKey }: { conversationKey: string }) {
  const t = useT();
  const [reminders, setReminders] = useState<Reminder[]>([]);
  const [now, setNow] = useState(Date.now());

  useEffect(() => {
    const refresh = () => void loadReminders().then(setReminders);
    refresh();
    const stop = remindersItem.watch(refresh);
    const tick = setInterval(() => setNow(Date.now()), 1000);
    return () => {
      stop();
      clearInterval(tick);
    };
  }, []);

  const mine = reminders.filter((r) => r.conversationKey === conversationKey);
  if (!mine.length) return null;
  return (
    <section class="reminders" aria-labelledby="reminders-title">
      <h2 id="reminders-title">{t('remindersTitle')}</h2>
      <ul>
        {mine.map((r) => {
          const left = countdown(r.dueAt - now);
          const time = t('durationHoursMinutes', left.hours, left.minutes);
          return (
            <li
              key={r.id}
              class={left.overdue ? 'reminder reminder--due' : 'reminder'}
              data-testid="reminder"
              data-due-at={r.dueAt}
            >
              <span>
                “{r.phrase}” · {left.overdue ? t('reminderOverdue', time) : t('reminderLeft', time)}
              </span>
              <button
                type="button"
                class="button"
                data-testid="reminder-done"
                onClick={() => void removeReminder(r.id)}
              >
                {t('reminderDone')}
              </button>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
