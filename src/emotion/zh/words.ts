/**
 * Single-character Chinese entries (急, 差, 慢, 滚) are also parts of unrelated words (急救, 差不多, 慢慢, 滚筒).
 * `Intl.Segmenter` settles it: the character counts only when its word is the character itself, or the character
 * plus degree words and particles the segmenter tends to glue on (很急, 太慢, 好烦, 哭了).
 */
const GLUE_CHARACTERS = new Set('很太好真超特挺蛮巨贼最更了啊呀吧的吗呢嘛哦么');

const segmenter = typeof Intl.Segmenter === 'function' ? new Intl.Segmenter('zh', { granularity: 'word' }) : undefined;

let lastText: string | undefined;
let lastSegments: Intl.Segments | undefined;

export function isStandaloneWord(text: string, index: number): boolean {
  if (!segmenter) return true;
  if (text !== lastText) {
    lastText = text;
    lastSegments = segmenter.segment(text);
  }
  const segment = lastSegments?.containing(index);
  if (!segment || segment.segment.length === 1) return true;
  const offset = index - segment.index;
  for (let k = 0; k < segment.segment.length; k++) {
    if (k !== offset && !GLUE_CHARACTERS.has(segment.segment[k] as string)) return false;
  }
  return true;
}
