import type { Phrasebook } from '../phrasebook/schema';
import { SHIPPED_PHRASEBOOKS } from '../phrasebook/shipped';
import { composeActive, teamBooks } from './compose';
import { readLibrary, watchLibrary } from './library-store';
import { readManagedPolicy, watchManagedPolicy } from './managed-policy';
import { readTeamCache, teamCacheItem } from './team-source';

export { recordInsertion } from './usage';

/** The team phrasebooks in force now: enterprise policy first, then the last good copy from the team URL. */
export async function loadTeamBooks(): Promise<Phrasebook[]> {
  const [policy, cache] = await Promise.all([readManagedPolicy(), readTeamCache()]);
  return teamBooks(policy, cache);
}

/**
 * The phrasebooks the panel ranks suggestions from: shipped default and industry packs, then the team's (policy and
 * URL, read-only), then the user's own on top (with their edits and hidden shipped phrases applied).
 */
export async function loadActivePhrasebooks(): Promise<Phrasebook[]> {
  const [library, team] = await Promise.all([readLibrary(), loadTeamBooks()]);
  return composeActive(library.state, SHIPPED_PHRASEBOOKS, team);
}

/** Calls back with the active phrasebooks whenever the library, the team copy or the policy changes. */
export function watchActivePhrasebooks(onChange: (phrasebooks: Phrasebook[]) => void): () => void {
  let latest = 0;
  const reload = () => {
    const call = ++latest;
    // Only the newest reload reports, so a slow read never overwrites a newer one.
    void loadActivePhrasebooks().then((books) => call === latest && onChange(books));
  };
  const stops = [watchLibrary(reload), teamCacheItem.watch(reload), watchManagedPolicy(reload)];
  return () => {
    latest = -1;
    for (const stop of stops) stop();
  };
}
