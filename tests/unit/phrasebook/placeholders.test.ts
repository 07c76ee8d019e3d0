import { describe, expect, it } from 'vitest';
import {
  fillPlaceholders,
  malformedPlaceholders,
  placeholderLabel,
  placeholdersIn,
} from '../../../src/phrasebook/placeholders';

describe('placeholdersIn', () => {
  it('lists each placeholder once, in order of appearance', () => {
    expect(placeholdersIn('Hi {customer}, {agent} here. Ticket {ticket} for {customer}, done {eta}.')).toEqual([
      'customer',
      'agent',
      'ticket',
      'eta',
    ]);
    expect(placeholdersIn('{customer}您好，预计{repair_window}上门')).toEqual(['customer', 'repair_window']);
    expect(placeholdersIn('no placeholders')).toEqual([]);
  });

  it('ignores brace fragments that are not placeholders', () => {
    expect(placeholdersIn('{Customer} { eta } {order-id} {}')).toEqual([]);
  });
});

describe('malformedPlaceholders', () => {
  it('finds brace fragments that are not well-formed placeholders', () => {
    expect(malformedPlaceholders('Hi {Customer}, { eta }, {{ticket}}, {order-id} and a lone } or {open')).toEqual([
      '{Customer}',
      '{ eta }',
      '{',
      '}',
      '{order-id}',
      '}',
      '{open',
    ]);
    expect(malformedPlaceholders('Hi {customer}, done {eta}.')).toEqual([]);
  });
});

describe('fillPlaceholders', () => {
  it('fills the values it has and lists the ones still missing', () => {
    const result = fillPlaceholders('Hi {customer}, {agent} here. Ticket {ticket}, fixed {eta}.', {
      customer: 'Anna',
      agent: 'Li',
    });
    expect(result).toEqual({ text: 'Hi Anna, Li here. Ticket {ticket}, fixed {eta}.', missing: ['ticket', 'eta'] });
  });

  it('returns text with no placeholder left when nothing is missing', () => {
    const result = fillPlaceholders('{customer}您好，工单号{ticket}，{eta}上门，工单号再说一遍：{ticket}', {
      customer: '王女士',
      ticket: 'A-1024',
      eta: '2 小时内',
    });
    expect(result).toEqual({ text: '王女士您好，工单号A-1024，2 小时内上门，工单号再说一遍：A-1024', missing: [] });
  });

  it('treats an empty or blank value as missing', () => {
    expect(fillPlaceholders('Hi {customer}.', { customer: '   ' })).toEqual({
      text: 'Hi {customer}.',
      missing: ['customer'],
    });
  });

  it('inserts values as plain text that cannot reintroduce a placeholder', () => {
    const result = fillPlaceholders('Hi {customer}, fixed {eta}.', { customer: '{eta}\n<b>Bob</b>', eta: 'today $&' });
    expect(result.missing).toEqual([]);
    expect(result.text).toBe('Hi ｛eta｝ <b>Bob</b>, fixed today $&.');
    expect(placeholdersIn(result.text)).toEqual([]);
  });

  it('does not resolve names from Object.prototype', () => {
    const result = fillPlaceholders('{constructor} {__proto__} {to_string}', {});
    expect(result).toEqual({
      text: '{constructor} {__proto__} {to_string}',
      missing: ['constructor', '__proto__', 'to_string'],
    });
  });
});

describe('placeholderLabel', () => {
  it('labels the known placeholders in both locales', () => {
    expect(placeholderLabel('customer', 'en')).toBe('Customer name');
    expect(placeholderLabel('customer', 'zh-CN')).toBe('客户称呼');
    expect(placeholderLabel('ticket', 'zh-CN')).toBe('工单号');
    expect(placeholderLabel('eta', 'en')).toContain('Time frame');
  });

  it('makes a custom placeholder name readable', () => {
    expect(placeholderLabel('callback_time', 'en')).toBe('Callback time');
    expect(placeholderLabel('callback_time', 'zh-CN')).toBe('callback time');
    expect(placeholderLabel('constructor', 'en')).toBe('Constructor');
  });
});
