import { storage } from 'wxt/utils/storage';
import { z } from 'zod';
import type { Bilingual, Phrasebook } from '../phrasebook/schema';
import { parsePhrasebook } from '../phrasebook/validate';
import { type StorageFailure, writeTogether } from './storage-write';

/** An hour keeps a team current within a shift without polling the server all day. */
export const DEFAULT_REFRESH_MINUTES = 60;
export const MIN_REFRESH_MINUTES = 1;
export const MAX_REFRESH_MINUTES = 1440;

const teamSourceSchema = z.object({
  url: z.string().nullable(),
  refreshMinutes: z.number().int().min(MIN_REFRESH_MINUTES).max(MAX_REFRESH_MINUTES),
});
export type TeamSource = z.infer<typeof teamSourceSchema>;
export const DEFAULT_TEAM_SOURCE: TeamSource = { url: null, refreshMinutes: DEFAULT_REFRESH_MINUTES };

/** The team phrasebook URL the lead configured, version 1. */
export const teamSourceItem = storage.defineItem<TeamSource>('local:team.source', {
  fallback: DEFAULT_TEAM_SOURCE,
  version: 1,
  migrations: {},
});

export const TEAM_ERROR_KINDS = ['permission', 'network', 'timeout', 'http', 'too-large', 'invalid'] as const;

const bilingual = z.object({ 'zh-CN': z.string(), en: z.string() });
const teamErrorSchema = z.object({
  at: z.number(),
  kind: z.enum(TEAM_ERROR_KINDS),
  status: z.number().optional(),
  message: bilingual,
  errors: z
    .array(
      z.object({
        file: z.string(),
        entryId: z.string().optional(),
        section: z.enum(['entries', 'avoid']).optional(),
        path: z.string(),
        line: z.number().optional(),
        column: z.number().optional(),
        message: bilingual,
      }),
    )
    .optional(),
});
export type TeamFetchError = z.infer<typeof teamErrorSchema>;

/**
 * The last good copy of the team phrasebook and how the last attempts went, version 1. `phrasebook` is only ever
 * replaced by a copy that passed validation; a failed or garbage answer only sets `lastError`.
 */
const teamCacheSchema = z.object({
  url: z.string(),
  etag: z.string().nullable(),
  phrasebook: z.unknown().nullable(),
  fetchedAt: z.number().nullable(),
  checkedAt: z.number().nullable(),
  lastError: teamErrorSchema.nullable(),
});
export type TeamCache = z.infer<typeof teamCacheSchema>;

export const teamCacheItem = storage.defineItem<TeamCache | null>('local:team.cache', {
  fallback: null,
  version: 1,
  migrations: {},
});

export async function readTeamSource(): Promise<TeamSource> {
  const parsed = teamSourceSchema.safeParse(await teamSourceItem.getValue());
  return parsed.success ? parsed.data : DEFAULT_TEAM_SOURCE;
}

export interface TeamCacheView extends Omit<TeamCache, 'phrasebook'> {
  phrasebook: Phrasebook | null;
}

export function parseTeamCache(value: unknown): TeamCacheView | null {
  const parsed = teamCacheSchema.safeParse(value);
  if (!parsed.success) return null;
  const book = parsed.data.phrasebook === null ? null : parsePhrasebook(parsed.data.phrasebook, parsed.data.url);
  return { ...parsed.data, phrasebook: book?.ok ? book.phrasebook : null };
}

export async function readTeamCache(): Promise<TeamCacheView | null> {
  return parseTeamCache(await teamCacheItem.getValue());
}

export function writeTeamCache(cache: TeamCache | null): Promise<StorageFailure | null> {
  return writeTogether([{ item: teamCacheItem, value: cache }]);
}

export type UrlCheck = { ok: true; url: string; originPattern: string } | { ok: false; message: Bilingual };

/** A team URL must be plain http(s) without credentials; its origin is what the host permission is asked for. */
export function checkTeamUrl(input: string): UrlCheck {
  let url: URL;
  try {
    url = new URL(input.trim());
  } catch {
    return { ok: false, message: { 'zh-CN': '不是有效的网址', en: 'not a valid URL' } };
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    return {
      ok: false,
      message: { 'zh-CN': '只支持 http:// 或 https:// 网址', en: 'only http:// and https:// URLs are supported' },
    };
  }
  if (url.username || url.password) {
    return {
      ok: false,
      message: { 'zh-CN': '网址里不能带用户名或密码', en: 'the URL may not contain a user name or password' },
    };
  }
  // Match patterns leave the port out: the permission covers the host on any port.
  return { ok: true, url: url.href, originPattern: `${url.protocol}//${url.hostname}/*` };
}

export async function saveTeamSource(source: TeamSource): Promise<StorageFailure | null> {
  const previous = await readTeamSource();
  const writes: Parameters<typeof writeTogether>[0] = [{ item: teamSourceItem, value: source }];
  // Removing the URL removes the team phrasebook it brought; a new URL keeps the old copy until the new one loads.
  if (source.url === null && previous.url !== null) writes.push({ item: teamCacheItem, value: null });
  return writeTogether(writes);
}
