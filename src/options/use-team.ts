import { useEffect, useMemo, useState } from 'preact/hooks';
import { teamBooks } from '../library/compose';
import { type ManagedPolicy, NO_POLICY, readManagedPolicy, watchManagedPolicy } from '../library/managed-policy';
import {
  DEFAULT_TEAM_SOURCE,
  parseTeamCache,
  readTeamCache,
  readTeamSource,
  type TeamCacheView,
  type TeamSource,
  teamCacheItem,
  teamSourceItem,
} from '../library/team-source';
import type { Phrasebook } from '../phrasebook/schema';

export interface TeamView {
  source: TeamSource;
  policy: ManagedPolicy;
  cache: TeamCacheView | null;
  /** The team phrasebooks in force, read-only. */
  books: Phrasebook[];
}

export function useTeam(): TeamView {
  const [source, setSource] = useState<TeamSource>(DEFAULT_TEAM_SOURCE);
  const [policy, setPolicy] = useState<ManagedPolicy>(NO_POLICY);
  const [cache, setCache] = useState<TeamCacheView | null>(null);
  useEffect(() => {
    void readTeamSource().then(setSource);
    void readManagedPolicy().then(setPolicy);
    void readTeamCache().then(setCache);
    const stops = [
      teamSourceItem.watch(() => void readTeamSource().then(setSource)),
      teamCacheItem.watch((value) => setCache(parseTeamCache(value))),
      watchManagedPolicy(setPolicy),
    ];
    return () => {
      for (const stop of stops) stop();
    };
  }, []);
  const books = useMemo(() => teamBooks(policy, cache), [policy, cache]);
  return { source, policy, cache, books };
}
