import type { Phrasebook } from '../phrasebook/schema';
import { SCHEMA_VERSION } from '../phrasebook/schema';

export const MINE_ID = 'mine';

/** What the lead (or an agent) keeps on top of the shipped and team phrasebooks. */
export interface LibraryState {
  /**
   * Their own phrasebook, in their order. An entry with the id of a shipped entry is their edit of it and replaces it
   * in the suggestions; an entry with the id of a team entry is ignored (team entries are read-only).
   */
  mine: Phrasebook;
  /** Ids of shipped entries they removed from the suggestions. */
  hidden: string[];
}

export const MINE_NAME = { 'zh-CN': '我的话术', en: 'My phrases' };

export function emptyMine(): Phrasebook {
  return { schemaVersion: SCHEMA_VERSION, id: MINE_ID, kind: 'mine', name: { ...MINE_NAME }, entries: [], avoid: [] };
}

export function defaultLibraryState(): LibraryState {
  return { mine: emptyMine(), hidden: [] };
}
