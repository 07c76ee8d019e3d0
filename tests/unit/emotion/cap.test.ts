import { describe, expect, it } from 'vitest';
import { classifyMessage, MAX_CLASSIFIED_CHARS } from '../../../src/emotion';

describe('the work cap per message', () => {
  it('reads a pasted 100,000-character message only up to the cap, with evidence inside what it read', () => {
    const angry = '你们太过分了，气死我了！';
    const text = `${angry}${'x'.repeat(100_000)} thanks so much, wonderful service!`;
    const result = classifyMessage(text);
    expect(result.emotion).toBe('angry');
    for (const e of result.evidence) expect(e.end).toBeLessThanOrEqual(MAX_CLASSIFIED_CHARS);
  });

  it('does not split an emoji at the cap', () => {
    const text = `${'a'.repeat(MAX_CLASSIFIED_CHARS - 1)}😡 more`;
    const result = classifyMessage(text);
    for (const e of result.evidence) expect(text.slice(e.start, e.end)).toBe(e.text);
    expect(result.evidence.some((e) => e.text.includes('\ud83d') && !e.text.includes('😡'))).toBe(false);
  });
});
