import { describe, expect, it } from 'vitest';
import { browserUiLocale, catalogueKeys, translate } from '../../../src/i18n/i18n';

describe('UI text catalogues', () => {
  it('have the same keys in zh-CN and en', () => {
    expect(catalogueKeys('zh-CN').sort()).toEqual(catalogueKeys('en').sort());
  });

  it('fill Chrome-style placeholders', () => {
    expect(translate('en', 'customerMessageCount', 4)).toBe('Customer messages read: 4');
    expect(translate('zh-CN', 'customerMessageCount', 4)).toBe('已读取客户消息 4 条');
  });

  it('follow the browser language', () => {
    expect(browserUiLocale('zh-TW')).toBe('zh-CN');
    expect(browserUiLocale('zh')).toBe('zh-CN');
    expect(browserUiLocale('en-GB')).toBe('en');
    expect(browserUiLocale(undefined)).toBe('en');
  });
});
