import { useEffect, useState } from 'preact/hooks';
import type { Phrasebook } from '../phrasebook/schema';
import { SHIPPED_PHRASEBOOKS } from '../phrasebook/shipped';
import { loadActivePhrasebooks, watchActivePhrasebooks } from './active-phrasebooks';

/** The active phrasebooks, live; the shipped ones until storage has answered, so the first render is never empty. */
export function useActivePhrasebooks(): readonly Phrasebook[] {
  const [books, setBooks] = useState<readonly Phrasebook[]>(SHIPPED_PHRASEBOOKS);
  useEffect(() => {
    let live = true;
    void loadActivePhrasebooks().then((loaded) => live && setBooks(loaded));
    const stop = watchActivePhrasebooks(setBooks);
    return () => {
      live = false;
      stop();
    };
  }, []);
  return books;
}
