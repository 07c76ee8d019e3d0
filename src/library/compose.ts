import type { IndustryId, Phrasebook, PhrasebookKind, PhraseEntry } from '../phrasebook/schema';
import type { LibraryState } from './library-state';
import type { ManagedPolicy } from './managed-policy';
import type { TeamCacheView } from './team-source';

/** Phrasebook ids the suggestions (and usage figures) carry for the two team sources. */
export const POLICY_BOOK_ID = 'team-policy';
export const URL_BOOK_ID = 'team';

/** A served or policy file counts as the team's whatever kind it says it is (a lead often serves their "mine" export). */
export function asTeamBook(book: Phrasebook, id: string): Phrasebook {
  const { industry: _industry, ...rest } = book;
  return { ...rest, id, kind: 'team' };
}

/** The team phrasebooks in force: the policy's first, then the URL's without the ids the policy already has. */
export function teamBooks(
  policy: Pick<ManagedPolicy, 'phrasebook'>,
  cache: Pick<TeamCacheView, 'phrasebook'> | null,
): Phrasebook[] {
  const books: Phrasebook[] = [];
  if (policy.phrasebook) books.push(asTeamBook(policy.phrasebook, POLICY_BOOK_ID));
  if (cache?.phrasebook) {
    const taken = new Set(books.flatMap((book) => book.entries.map((entry) => entry.id)));
    const fromUrl = asTeamBook(cache.phrasebook, URL_BOOK_ID);
    books.push({ ...fromUrl, entries: fromUrl.entries.filter((entry) => !taken.has(entry.id)) });
  }
  return books;
}

const idsOf = (books: readonly Phrasebook[]) => new Set(books.flatMap((book) => book.entries.map((entry) => entry.id)));

/**
 * What the panel ranks: shipped default and packs, then the team's, then the lead's or agent's own. Team entries
 * are read-only: an own entry with a team id is left out. An own entry with a shipped id replaces that phrase, and
 * hidden shipped phrases are left out.
 */
export function composeActive(
  state: LibraryState,
  shipped: readonly Phrasebook[],
  team: readonly Phrasebook[],
): Phrasebook[] {
  const teamIds = idsOf(team);
  const mine = state.mine.entries.filter((entry) => !teamIds.has(entry.id));
  const replaced = new Set([...teamIds, ...mine.map((entry) => entry.id), ...state.hidden]);
  const shippedBooks = shipped.map((book) => ({
    ...book,
    entries: book.entries.filter((entry) => !replaced.has(entry.id)),
  }));
  return [...shippedBooks, ...team, { ...state.mine, entries: mine }];
}

export type EntrySource = Exclude<PhrasebookKind, 'mine'> | 'mine';

/** One line of the editor's list. */
export interface CatalogueRow {
  entry: PhraseEntry;
  source: EntrySource;
  phrasebookId: string;
  industry?: IndustryId;
  /** For the lead's own entries: the shipped phrase this one is an edit of. */
  replaces?: 'default' | 'pack';
  /** A shipped phrase the lead removed from the suggestions. */
  hidden: boolean;
  /** An own entry ignored because a team entry has its id. */
  shadowedByTeam: boolean;
  readOnly: boolean;
}

/** Every entry the lead can see, own ones first in their order, then team, default and packs. */
export function catalogue(
  state: LibraryState,
  shipped: readonly Phrasebook[],
  team: readonly Phrasebook[],
): CatalogueRow[] {
  const teamIds = idsOf(team);
  const shippedKind = new Map<string, 'default' | 'pack'>();
  for (const book of shipped) {
    for (const entry of book.entries) shippedKind.set(entry.id, book.kind === 'pack' ? 'pack' : 'default');
  }
  const mineIds = new Set(state.mine.entries.map((entry) => entry.id));
  const rows: CatalogueRow[] = state.mine.entries.map((entry) => {
    const replaces = shippedKind.get(entry.id);
    return {
      entry,
      source: 'mine',
      phrasebookId: state.mine.id,
      ...(replaces ? { replaces } : {}),
      hidden: false,
      shadowedByTeam: teamIds.has(entry.id),
      readOnly: false,
    };
  });
  for (const book of team) {
    for (const entry of book.entries) {
      rows.push({ entry, source: 'team', phrasebookId: book.id, hidden: false, shadowedByTeam: false, readOnly: true });
    }
  }
  for (const book of shipped) {
    for (const entry of book.entries) {
      if (mineIds.has(entry.id) || teamIds.has(entry.id)) continue;
      rows.push({
        entry,
        source: book.kind === 'pack' ? 'pack' : 'default',
        phrasebookId: book.id,
        ...(book.industry ? { industry: book.industry } : {}),
        hidden: state.hidden.includes(entry.id),
        shadowedByTeam: false,
        readOnly: false,
      });
    }
  }
  return rows;
}

export function shippedIdsOf(shipped: readonly Phrasebook[]): Set<string> {
  return idsOf(shipped);
}
