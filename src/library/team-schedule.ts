import { browser } from 'wxt/browser';
import { managedRefreshItem, managedTeamUrlItem } from './managed-policy';
import { effectiveTeamSource, refreshTeamPhrasebook, TEAM_REFRESH_ALARM } from './team-fetch';
import { readTeamCache, teamSourceItem } from './team-source';

/**
 * Keeps one alarm at the configured period while a team URL is set, and none otherwise. Fetches at once when the
 * copy is older than a period (a browser that was closed, a URL just set), since alarms do not catch up by themselves.
 */
export async function scheduleTeamRefresh(now = Date.now()): Promise<void> {
  const { url, refreshMinutes } = await effectiveTeamSource();
  if (url === null) {
    await browser.alarms.clear(TEAM_REFRESH_ALARM);
    return;
  }
  const existing = await browser.alarms.get(TEAM_REFRESH_ALARM);
  if (existing?.periodInMinutes !== refreshMinutes) {
    await browser.alarms.create(TEAM_REFRESH_ALARM, {
      delayInMinutes: refreshMinutes,
      periodInMinutes: refreshMinutes,
    });
  }
  const cache = await readTeamCache();
  const lastTry = Math.max(cache?.checkedAt ?? 0, cache?.lastError?.at ?? 0);
  if (cache?.url !== url || now - lastTry > refreshMinutes * 60_000) await refreshTeamPhrasebook();
}

/** For the background: refresh on the alarm, and reschedule when the lead or the administrator changes the source. */
export function startTeamSchedule(): () => void {
  const onAlarm = (alarm: { name: string }) => {
    if (alarm.name === TEAM_REFRESH_ALARM) void refreshTeamPhrasebook();
  };
  browser.alarms.onAlarm.addListener(onAlarm);
  const reschedule = () => void scheduleTeamRefresh();
  const stops = [
    teamSourceItem.watch(reschedule),
    managedTeamUrlItem.watch(reschedule),
    managedRefreshItem.watch(reschedule),
  ];
  reschedule();
  return () => {
    browser.alarms.onAlarm.removeListener(onAlarm);
    for (const stop of stops) stop();
  };
}
