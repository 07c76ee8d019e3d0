import { browser } from 'wxt/browser';
import type { Bilingual, Phrasebook } from '../phrasebook/schema';
import { MAX_PHRASEBOOK_CHARS, parsePhrasebook } from '../phrasebook/validate';
import { readManagedPolicy } from './managed-policy';
import { withLock } from './storage-write';
import {
  checkTeamUrl,
  readTeamCache,
  readTeamSource,
  type TeamCacheView,
  type TeamFetchError,
  writeTeamCache,
} from './team-source';

/** A team server that has not answered in 15 s is down for this round; the next round tries again. */
export const TEAM_FETCH_TIMEOUT_MS = 15_000;
export const TEAM_REFRESH_ALARM = 'calmdesk-team-refresh';
/** A screen of validation errors helps no one; the first few say what is wrong with the file. */
const MAX_KEPT_ERRORS = 10;

export type FetchOutcome =
  | { kind: 'updated'; phrasebook: Phrasebook; etag: string | null }
  | { kind: 'not-modified' }
  | { kind: 'failed'; error: Omit<TeamFetchError, 'at'> };

const failed = (
  kind: TeamFetchError['kind'],
  message: Bilingual,
  extra: Partial<TeamFetchError> = {},
): FetchOutcome => ({
  kind: 'failed',
  error: { kind, message, ...extra },
});

/**
 * One conditional GET of the team phrasebook: If-None-Match with the ETag of the copy we hold, no cookies, no cache
 * of the browser's own in between, a timeout, a size cap, and full validation of whatever comes back.
 */
export async function fetchTeamPhrasebook(
  url: string,
  etag: string | null,
  fetchImpl: typeof fetch = fetch,
  timeoutMs = TEAM_FETCH_TIMEOUT_MS,
): Promise<FetchOutcome> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  try {
    const headers: Record<string, string> = { accept: 'application/json' };
    if (etag) headers['if-none-match'] = etag;
    const response = await fetchImpl(url, {
      headers,
      cache: 'no-store',
      credentials: 'omit',
      signal: controller.signal,
    });
    if (response.status === 304 && etag) return { kind: 'not-modified' };
    if (!response.ok) {
      return failed(
        'http',
        { 'zh-CN': `服务器返回 HTTP ${response.status}`, en: `the server answered HTTP ${response.status}` },
        { status: response.status },
      );
    }
    const declared = Number(response.headers.get('content-length'));
    if (declared > MAX_PHRASEBOOK_CHARS * 4) return tooLarge();
    const text = await response.text();
    if (text.length > MAX_PHRASEBOOK_CHARS) return tooLarge();
    const parsed = parsePhrasebook(text, url);
    if (!parsed.ok) {
      return failed(
        'invalid',
        {
          'zh-CN': '服务器返回的不是有效的话术库，仍使用上一份',
          en: 'the server sent an invalid phrasebook; the last good copy stays',
        },
        { errors: parsed.errors.slice(0, MAX_KEPT_ERRORS) },
      );
    }
    return { kind: 'updated', phrasebook: parsed.phrasebook, etag: response.headers.get('etag') };
  } catch (error) {
    if (controller.signal.aborted) {
      return failed('timeout', {
        'zh-CN': `服务器 ${timeoutMs / 1000} 秒内没有响应`,
        en: `the server did not answer within ${timeoutMs / 1000} s`,
      });
    }
    const detail = error instanceof Error ? error.message : String(error);
    return failed('network', { 'zh-CN': `无法连接服务器：${detail}`, en: `could not reach the server: ${detail}` });
  } finally {
    clearTimeout(timer);
  }
}

function tooLarge(): FetchOutcome {
  return failed('too-large', {
    'zh-CN': `文件超过 ${MAX_PHRASEBOOK_CHARS} 字符，未读取`,
    en: `the file is over ${MAX_PHRASEBOOK_CHARS} characters; not read`,
  });
}

export interface RefreshDeps {
  fetch?: typeof fetch;
  now?: () => number;
  hasPermission?: (originPattern: string) => Promise<boolean>;
}

const browserHasPermission = (originPattern: string) =>
  browser.permissions.contains({ origins: [originPattern] }).catch(() => false);

/** The URL in force: an administrator's policy wins over what the lead typed. */
export async function effectiveTeamSource(): Promise<{
  url: string | null;
  refreshMinutes: number;
  fromPolicy: boolean;
}> {
  const [policy, source] = await Promise.all([readManagedPolicy(), readTeamSource()]);
  return {
    url: policy.teamUrl ?? source.url,
    refreshMinutes: policy.refreshMinutes ?? source.refreshMinutes,
    fromPolicy: policy.teamUrl !== null,
  };
}

/**
 * Fetches the team phrasebook now (on the alarm, or when the lead asks) and stores the result: a new valid copy
 * replaces the old one; anything else keeps the last good copy and records what went wrong.
 */
export function refreshTeamPhrasebook(deps: RefreshDeps = {}): Promise<TeamCacheView | null> {
  return withLock('calmdesk-team-fetch', async () => {
    const now = deps.now ?? Date.now;
    const { url } = await effectiveTeamSource();
    const cache = await readTeamCache();
    if (url === null) return cache;
    const checked = checkTeamUrl(url);
    const sameUrl = cache?.url === url;
    const base = cache ?? { url, etag: null, phrasebook: null, fetchedAt: null, checkedAt: null, lastError: null };
    let outcome: FetchOutcome;
    if (!checked.ok) outcome = failed('invalid', checked.message);
    else if (!(await (deps.hasPermission ?? browserHasPermission)(checked.originPattern))) {
      outcome = failed('permission', {
        'zh-CN': `没有访问 ${new URL(url).host} 的权限；请在“团队”页重新保存网址并允许访问`,
        en: `no permission to reach ${new URL(url).host}; save the URL again on the Team page and allow access`,
      });
    } else outcome = await fetchTeamPhrasebook(url, sameUrl ? base.etag : null, deps.fetch);
    const at = now();
    const next =
      outcome.kind === 'updated'
        ? { url, etag: outcome.etag, phrasebook: outcome.phrasebook, fetchedAt: at, checkedAt: at, lastError: null }
        : outcome.kind === 'not-modified'
          ? { ...base, checkedAt: at, lastError: null }
          : { ...base, lastError: { at, ...outcome.error } };
    await writeTeamCache(next);
    return { ...next, phrasebook: next.phrasebook as Phrasebook | null };
  });
}
