import type { Locale } from './schema';

/** A placeholder is `{name}` with a lower-case ASCII name; anything else in braces is a mistake the validator reports. */
const PLACEHOLDER = /\{([a-z_]+)\}/g;
/** A brace pair with what is between (up to a short name's length), or a lone brace. */
const BRACE_FRAGMENT = /\{[^{}]{0,30}\}|\{[^{}]{0,30}|\}/g;

/** The placeholders the page itself provides; every other one is asked for in the panel before insert. */
export const PAGE_PLACEHOLDERS = ['customer', 'agent'] as const;

const LABELS: Record<string, { 'zh-CN': string; en: string }> = {
  customer: { 'zh-CN': '客户称呼', en: 'Customer name' },
  agent: { 'zh-CN': '客服姓名', en: 'Agent name' },
  eta: { 'zh-CN': '预计时间（如“2 小时内”）', en: 'Time frame (e.g. "within 2 hours")' },
  ticket: { 'zh-CN': '工单号', en: 'Ticket number' },
  order_id: { 'zh-CN': '订单号', en: 'Order number' },
  refund_days: { 'zh-CN': '退款到账天数', en: 'Days until the refund arrives' },
  repair_window: { 'zh-CN': '上门维修时段', en: 'Repair visit window' },
  phone: { 'zh-CN': '联系电话', en: 'Phone number' },
  date: { 'zh-CN': '日期', en: 'Date' },
  time: { 'zh-CN': '时间', en: 'Time' },
};

/** Placeholder names in order of first appearance, each once. */
export function placeholdersIn(text: string): string[] {
  const names: string[] = [];
  for (const match of text.matchAll(PLACEHOLDER)) {
    const name = match[1] as string;
    if (!names.includes(name)) names.push(name);
  }
  return names;
}

/** Brace fragments that are not well-formed placeholders, e.g. `{Customer}`, `{ eta }`, a lone `}`. */
export function malformedPlaceholders(text: string): string[] {
  const bad: string[] = [];
  // split() with a capture group interleaves the names, which never contain braces; any brace left is malformed.
  for (const part of text.split(PLACEHOLDER)) {
    for (const fragment of part.match(BRACE_FRAGMENT) ?? []) bad.push(fragment);
  }
  return bad;
}

/**
 * A value is inserted as plain text: whitespace and control characters collapse to one space, and ASCII braces
 * become full-width ones so a value such as a customer literally named "{eta}" can never reintroduce a raw
 * placeholder into the message.
 */
function asPlainValue(value: string): string {
  return value
    .replace(/[\p{Cc}\p{Zl}\p{Zp}\s]+/gu, ' ')
    .trim()
    .replace(/\{/g, '｛')
    .replace(/\}/g, '｝');
}

/**
 * Fills every placeholder that has a non-empty value; the others stay as `{name}` and are listed in `missing`.
 * When `missing` is empty the text holds no placeholder.
 */
export function fillPlaceholders(text: string, values: Record<string, string>): { text: string; missing: string[] } {
  const missing: string[] = [];
  const kept = new Set<number>();
  let filled = '';
  let last = 0;
  for (const match of text.matchAll(PLACEHOLDER)) {
    const [raw, name = ''] = match;
    filled += text.slice(last, match.index);
    last = match.index + raw.length;
    // Own properties only: names like "constructor" or "__proto__" must not resolve to Object.prototype members.
    const value = Object.hasOwn(values, name) ? values[name] : undefined;
    const plain = typeof value === 'string' ? asPlainValue(value) : '';
    if (plain !== '') {
      filled += plain;
      continue;
    }
    if (!missing.includes(name)) missing.push(name);
    kept.add(filled.length);
    filled += raw;
  }
  filled += text.slice(last);
  // Stray braces around a filled value ("{{customer}}" written Mustache-style) must not close over it into a new
  // placeholder; they are shown full-width, like braces inside a value.
  const safe = filled.replace(PLACEHOLDER, (raw: string, name: string, at: number) =>
    kept.has(at) ? raw : `｛${name}｝`,
  );
  return { text: safe, missing };
}

/** A label for the fill-in form; unknown custom placeholders get their name made readable ("repair_window" → "repair window"). */
export function placeholderLabel(name: string, locale: Locale): string {
  const known = Object.hasOwn(LABELS, name) ? LABELS[name] : undefined;
  if (known) return known[locale];
  const words = name.replace(/_+/g, ' ').trim();
  return locale === 'en' ? words.charAt(0).toUpperCase() + words.slice(1) : words;
}
