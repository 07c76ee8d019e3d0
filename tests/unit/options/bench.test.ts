import { describe, expect, it } from 'vitest';
import { createClassifier } from '../../../src/emotion';
import { parseConversation, runBench } from '../../../src/options/bench';
import { SHIPPED_PHRASEBOOKS } from '../../../src/phrasebook/shipped';

describe('the test bench', () => {
  it('reads agent lines by their prefix and every other line as the customer’s', () => {
    expect(parseConversation('暖气不热\n客服：您好，马上查\nAgent: checking\n\n客户: 还要多久？')).toEqual([
      { role: 'customer', text: '暖气不热' },
      { role: 'agent', text: '您好，马上查' },
      { role: 'agent', text: 'checking' },
      { role: 'customer', text: '还要多久？' },
    ]);
  });

  it('gives what the panel would: the read-out and suggestions in the customer’s language, sent phrases sinking', () => {
    const input = {
      classifier: createClassifier(),
      phrasebooks: SHIPPED_PHRASEBOOKS,
      industry: null,
      locale: null,
      fallbackLocale: 'en' as const,
    };
    const result = runBench({ ...input, text: '你们到底怎么回事！！！都催了三次了，太气人了' });
    expect(result?.conversation.emotion).toBe('angry');
    expect(result?.locale).toBe('zh-CN');
    const first = result?.suggestions.suggestions[0];
    expect(first).toBeDefined();
    const again = runBench({
      ...input,
      text: `你们到底怎么回事！！！都催了三次了，太气人了\n客服：${first?.entry.text['zh-CN']}`,
    });
    const sent = again?.suggestions.groups.flatMap((g) => g.suggestions).find((s) => s.entry.id === first?.entry.id);
    expect(sent?.alreadySent).toBe(true);
    expect(runBench({ ...input, text: '客服：您好' })).toBeNull();
  });

  it('reads with the lead’s custom terms', () => {
    const base = {
      phrasebooks: SHIPPED_PHRASEBOOKS,
      industry: null,
      locale: null,
      fallbackLocale: 'zh-CN' as const,
      text: '这次维修太拉胯了',
    };
    expect(runBench({ ...base, classifier: createClassifier() })?.conversation.emotion).toBe('neutral');
    const withTerm = createClassifier({ extraTerms: [{ term: '拉胯', lang: 'zh', emotion: 'angry', weight: 4 }] });
    expect(runBench({ ...base, classifier: withTerm })?.conversation.emotion).toBe('angry');
  });
});
