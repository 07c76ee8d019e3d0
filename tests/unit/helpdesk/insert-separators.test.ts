import { describe, expect, it } from 'vitest';
import { withSeparators } from '../../../src/helpdesk/editors/separators';

const around = (before: string, text: string, after = '') => withSeparators(text, { before, after });

describe('the spaces put around an inserted phrase', () => {
  it('adds a space after an English draft, as a person typing on would', () => {
    expect(around('Hi Emily,', 'Sorry for the wait.')).toBe(' Sorry for the wait.');
  });

  it('adds nothing in an empty composer or after a space or line break the draft already ends with', () => {
    expect(around('', 'Sorry for the wait.')).toBe('Sorry for the wait.');
    expect(around('Hi Emily, ', 'Sorry for the wait.')).toBe('Sorry for the wait.');
    expect(around('Hi Emily,\u00a0', 'Sorry for the wait.')).toBe('Sorry for the wait.');
  });

  it('adds no space next to Chinese text or full-width punctuation', () => {
    expect(around('王女士您好，', '非常抱歉让您久等了。')).toBe('非常抱歉让您久等了。');
    expect(around('您好', 'Sorry for the wait.')).toBe('Sorry for the wait.');
    expect(around('Hi Emily', '非常抱歉。')).toBe('非常抱歉。');
  });

  it('separates the phrase from the words after the caret too', () => {
    expect(around('', 'Thanks for waiting.', 'Best regards')).toBe('Thanks for waiting. ');
    expect(around('Hello', 'there', ', Emily')).toBe(' there');
    expect(around('(', 'see below', ')')).toBe('see below');
  });

  it('keeps line breaks inside the phrase untouched', () => {
    expect(around('Hi,', 'Sorry for the wait.\nI will update you by 6 pm.')).toBe(
      ' Sorry for the wait.\nI will update you by 6 pm.',
    );
  });
});
