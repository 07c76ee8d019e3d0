import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { summarizeChange, touchedIds } from '../library/edits';
import { type ChangeAction, versionSummary } from '../library/history';
import type { LibraryState } from '../library/library-state';
import { describeChange, type LibrarySnapshot, readLibrary, saveLibrary, watchLibrary } from '../library/library-store';
import type { PhrasebookError } from '../phrasebook/errors';
import type { Bilingual } from '../phrasebook/schema';

export interface PendingChange {
  action: ChangeAction;
  /** Applied to whatever state is current, so a refused change can be applied again on top of another tab's save. */
  apply(state: LibraryState): LibraryState;
}

export type LibraryNotice =
  | { kind: 'saved'; summary: Bilingual }
  | { kind: 'external'; summary: Bilingual }
  | { kind: 'stale'; pending: PendingChange; overlap: string[] }
  | { kind: 'storage-full' }
  | { kind: 'storage-error'; detail: string }
  | { kind: 'invalid'; errors: PhrasebookError[] };

export interface LibraryController {
  snapshot: LibrarySnapshot | null;
  notice: LibraryNotice | null;
  /** Saves one change as a new version; false when it was not saved (the notice says why). */
  change(action: ChangeAction, apply: PendingChange['apply']): Promise<boolean>;
  /** Applies the refused change on top of the other tab's save. */
  mergePending(): Promise<boolean>;
  /** Drops the refused change and keeps the other tab's save. */
  dismiss(): void;
}

const summaryOf = (before: LibraryState, after: LibraryState) =>
  describeChange(versionSummary(summarizeChange(before, after)));

/**
 * The library as this options tab sees it. Another tab's save updates the view at once (edits in progress live in
 * the form and are re-applied on save); a save that races another tab's is refused and offered for merge or reload.
 */
export function useLibrary(): LibraryController {
  const [snapshot, setSnapshot] = useState<LibrarySnapshot | null>(null);
  const [notice, setNotice] = useState<LibraryNotice | null>(null);
  const current = useRef<LibrarySnapshot | null>(null);
  const show = useCallback((next: LibrarySnapshot) => {
    current.current = next;
    setSnapshot(next);
  }, []);

  useEffect(() => {
    void readLibrary().then(show);
    return watchLibrary((next) => {
      const before = current.current;
      if (before && next.revision === before.revision) return;
      show(next);
      if (before) setNotice({ kind: 'external', summary: summaryOf(before.state, next.state) });
    });
  }, [show]);

  async function save(action: ChangeAction, apply: PendingChange['apply'], base: LibrarySnapshot): Promise<boolean> {
    const outcome = await saveLibrary({ baseRevision: base.revision, state: apply(base.state), action });
    if (outcome.ok) {
      show(outcome.snapshot);
      setNotice({ kind: 'saved', summary: describeChange(versionSummary(outcome.change)) });
      return true;
    }
    if (outcome.reason === 'stale') {
      const ours = touchedIds(summarizeChange(base.state, apply(base.state)));
      const theirs = new Set(touchedIds(summarizeChange(base.state, outcome.current.state)));
      show(outcome.current);
      setNotice({ kind: 'stale', pending: { action, apply }, overlap: ours.filter((id) => theirs.has(id)) });
    } else if (outcome.reason === 'invalid') setNotice({ kind: 'invalid', errors: outcome.errors });
    else if (outcome.reason === 'storage-full') setNotice({ kind: 'storage-full' });
    else setNotice({ kind: 'storage-error', detail: outcome.detail });
    return false;
  }

  return {
    snapshot,
    notice,
    change: (action, apply) => (current.current ? save(action, apply, current.current) : Promise.resolve(false)),
    async mergePending() {
      if (notice?.kind !== 'stale' || !current.current) return false;
      return save(notice.pending.action === 'restore' ? 'restore' : 'merge', notice.pending.apply, current.current);
    },
    dismiss: () => setNotice(null),
  };
}
