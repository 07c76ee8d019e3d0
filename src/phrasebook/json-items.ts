import type { z } from 'zod';
import { issueMessage, locate, type PhrasebookError, valueAt } from './errors';
import type { IncomingItems, InvalidItem } from './merge';
import { type AvoidItem, AvoidItemSchema, type Bilingual, type PhraseEntry, PhraseEntrySchema } from './schema';
import { parsePhrasebook } from './validate';

const fileMessage = (error: PhrasebookError): Bilingual =>
  error.line !== undefined || error.path === ''
    ? error.message
    : {
        'zh-CN': `${error.path}：${error.message['zh-CN']}`,
        en: `${error.path}: ${error.message.en}`,
      };

/** Errors that mean the items cannot be read one by one: not JSON, too big, too deep, another schema version. */
const isFileLevel = (error: PhrasebookError) =>
  error.entryId === undefined && (error.line !== undefined || error.path === '' || error.path === 'schemaVersion');

function readItems<T>(list: unknown, section: 'entries' | 'avoid', schema: z.ZodType<T>, invalid: InvalidItem[]): T[] {
  if (!Array.isArray(list)) return [];
  const items: T[] = [];
  const firstIndex = new Map<string, number>();
  list.forEach((raw: unknown, index) => {
    const id = valueAt(raw, ['id']);
    const where: Bilingual =
      typeof id === 'string' && id !== ''
        ? { 'zh-CN': `${section}[${index}]“${id}”`, en: `${section}[${index}] "${id}"` }
        : both(`${section}[${index}]`);
    const parsed = schema.safeParse(raw);
    if (!parsed.success) {
      invalid.push({
        where,
        ...(typeof id === 'string' ? { id } : {}),
        reasons: parsed.error.issues.map((issue) => {
          const message = issueMessage(issue, raw);
          // Paths inside one item never start at entries[…], so locate() gives the plain field path.
          const path = locate(issue.path, raw).path;
          return path === '' ? message : { 'zh-CN': `${path}：${message['zh-CN']}`, en: `${path}: ${message.en}` };
        }),
      });
      return;
    }
    const itemId = (parsed.data as { id: string }).id;
    const first = firstIndex.get(itemId);
    if (first !== undefined) {
      invalid.push({
        where,
        id: itemId,
        reasons: [
          {
            'zh-CN': `id 重复（已用于 ${section}[${first}]）`,
            en: `duplicate id (already used by ${section}[${first}])`,
          },
        ],
      });
      return;
    }
    firstIndex.set(itemId, index);
    items.push(parsed.data);
  });
  return items;
}

const both = (text: string): Bilingual => ({ 'zh-CN': text, en: text });

/**
 * Reads a phrasebook JSON file for import. A valid file gives all its items; otherwise each entry and avoid item is
 * validated on its own, so the good ones can still be merged and the bad ones are listed with their reasons.
 */
export function readPhrasebookJson(text: string, file: string): IncomingItems {
  const whole = parsePhrasebook(text, file);
  if (whole.ok) return { entries: whole.phrasebook.entries, avoid: whole.phrasebook.avoid, invalid: [], notices: [] };
  const fatal = whole.errors.filter(isFileLevel);
  if (fatal.length > 0) return { entries: [], avoid: [], invalid: [], notices: fatal.map(fileMessage) };
  // parsePhrasebook has checked size, depth and syntax: the text is JSON within bounds.
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const raw: unknown = JSON.parse(body);
  const invalid: InvalidItem[] = [];
  const entries = readItems<PhraseEntry>(valueAt(raw, ['entries']), 'entries', PhraseEntrySchema, invalid);
  const avoid = readItems<AvoidItem>(valueAt(raw, ['avoid']), 'avoid', AvoidItemSchema, invalid);
  const notices = whole.errors
    .filter((error) => error.entryId === undefined && !/^(entries|avoid)\[/.test(error.path))
    .map(fileMessage);
  return { entries, avoid, invalid, notices };
}
