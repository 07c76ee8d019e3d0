import { isHan } from '../clauses.ts';

/**
 * Single-character Chinese entries (急, 差, 慢, 滚) are also parts of unrelated words (急救, 差不多, 慢慢, 滚筒).
 * `Intl.Segmenter` settles it: the character counts only when its word is the character itself, or the character
 * plus degree words and particles the segmenter tends to glue on (很急, 太慢, 好烦, 哭了).
 */
const GLUE_CHARACTERS = new Set('很太好真超特挺蛮巨贼最更了啊呀吧的吗呢嘛哦么');
/**
 * Characters of context on each side given to the segmenter. Chinese words are one to four characters, so four on each
 * side decide the word around the character as the whole message would, at a fraction of the cost (measured: the
 * whole message made the segmenter most of the Chinese classification time).
 */
const CONTEXT_CHARS = 4;

const segmenter = typeof Intl.Segmenter === 'function' ? new Intl.Segmenter('zh', { granularity: 'word' }) : undefined;

export function isStandaloneWord(text: string, index: number): boolean {
  if (!segmenter) return true;
  // Nothing Chinese on either side ("急！", "，滚"): a word of its own without asking the segmenter.
  if (!isHan(text.charCodeAt(index - 1)) && !isHan(text.charCodeAt(index + 1))) return true;
  const from = Math.max(0, index - CONTEXT_CHARS);
  const window = text.slice(from, index + 1 + CONTEXT_CHARS);
  const segment = segmenter.segment(window).containing(index - from);
  if (!segment || segment.segment.length === 1) return true;
  const offset = index - from - segment.index;
  for (let k = 0; k < segment.segment.length; k++) {
    if (k !== offset && !GLUE_CHARACTERS.has(segment.segment[k] as string)) return false;
  }
  return true;
}
