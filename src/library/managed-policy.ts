import { storage } from 'wxt/utils/storage';
import { z } from 'zod';
import type { PhrasebookError } from '../phrasebook/errors';
import type { Phrasebook } from '../phrasebook/schema';
import { parsePhrasebook } from '../phrasebook/validate';

/**
 * What an administrator can set through enterprise policy (see public/managed-schema.json): a team phrasebook
 * pushed with the policy itself, and/or the team phrasebook URL, which then overrides what the lead configured.
 * Managed storage is read-only for the extension, so these items have no migrations.
 */
export const managedPhrasebookItem = storage.defineItem<unknown>('managed:phrasebook');
export const managedTeamUrlItem = storage.defineItem<unknown>('managed:teamPhrasebookUrl');
export const managedRefreshItem = storage.defineItem<unknown>('managed:teamRefreshMinutes');

export interface ManagedPolicy {
  phrasebook: Phrasebook | null;
  /** Why a phrasebook set by policy was not used. */
  errors: PhrasebookError[];
  teamUrl: string | null;
  refreshMinutes: number | null;
}

export const NO_POLICY: ManagedPolicy = { phrasebook: null, errors: [], teamUrl: null, refreshMinutes: null };

const urlSchema = z.url({ protocol: /^https?$/ });
const minutesSchema = z.number().int().min(1).max(1440);

/** Firefox rejects storage.managed reads when no policy is installed; Chrome answers with nothing. */
async function read(item: { getValue(): Promise<unknown> }): Promise<unknown> {
  try {
    return await item.getValue();
  } catch {
    return null;
  }
}

export async function readManagedPolicy(): Promise<ManagedPolicy> {
  const [book, url, minutes] = await Promise.all([
    read(managedPhrasebookItem),
    read(managedTeamUrlItem),
    read(managedRefreshItem),
  ]);
  let phrasebook: Phrasebook | null = null;
  let errors: PhrasebookError[] = [];
  if (book !== null && book !== undefined) {
    // Windows policy editors often hold JSON as a string; both forms are accepted.
    const parsed = parsePhrasebook(book, 'policy');
    if (parsed.ok) phrasebook = parsed.phrasebook;
    else errors = parsed.errors;
  }
  const teamUrl = urlSchema.safeParse(url);
  const refresh = minutesSchema.safeParse(minutes);
  return {
    phrasebook,
    errors,
    teamUrl: teamUrl.success ? teamUrl.data : null,
    refreshMinutes: refresh.success ? refresh.data : null,
  };
}

export function watchManagedPolicy(onChange: (policy: ManagedPolicy) => void): () => void {
  const reread = () => void readManagedPolicy().then(onChange);
  const stops = [managedPhrasebookItem, managedTeamUrlItem, managedRefreshItem].map((item) => {
    try {
      return item.watch(reread);
    } catch {
      return () => undefined;
    }
  });
  return () => {
    for (const stop of stops) stop();
  };
}
