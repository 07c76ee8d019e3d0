import { beforeEach, describe, expect, it } from 'vitest';
import { customTermsItem, loadCustomTerms, saveCustomTerms, watchCustomTerms } from '../../../src/library/custom-terms';
import { fakeBrowser } from './fake-browser';

beforeEach(() => fakeBrowser.reset());

describe('custom lexicon terms', () => {
  it('are saved only when valid, with located errors otherwise', async () => {
    const bad = await saveCustomTerms([
      { term: '暖气不热', lang: 'zh', emotion: 'angry' },
      { term: '', lang: 'xx' },
    ]);
    expect(bad.ok).toBe(false);
    if (bad.ok || bad.reason !== 'invalid') throw new Error('expected invalid');
    expect(bad.errors.map((e) => e.path[0])).toContain(1);
    expect(await loadCustomTerms()).toEqual([]);
    const good = await saveCustomTerms([{ term: '暖气不热', lang: 'zh', emotion: 'angry', weight: 3 }]);
    expect(good.ok).toBe(true);
    expect(await loadCustomTerms()).toEqual([{ term: '暖气不热', lang: 'zh', emotion: 'angry', weight: 3 }]);
  });

  it('tell watchers about a change, and ignore stored terms that no longer validate', async () => {
    const seen: unknown[] = [];
    const stop = watchCustomTerms((terms) => seen.push(terms));
    await saveCustomTerms([{ term: 'rip-off', lang: 'en', emotion: 'angry' }]);
    await new Promise((done) => setTimeout(done, 10));
    expect(seen).toEqual([[{ term: 'rip-off', lang: 'en', emotion: 'angry' }]]);
    stop();
    await customTermsItem.setValue([{ term: 'x', lang: 'fr' }] as never);
    expect(await loadCustomTerms()).toEqual([]);
  });
});
