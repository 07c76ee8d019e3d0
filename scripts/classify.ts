/**
 * Classifier CLI (testing contract): `npm run --silent classify < in.jsonl > out.jsonl`.
 * Reads JSON lines {"id", "text", "lang"?}; writes one line per input, in order:
 * {"id", "emotion", "intensity", "flags", "scores"}. A bad line gets {"id", "line", "error"} naming its line number,
 * and the lines after it still run. Blank lines are skipped.
 */
import { createInterface } from 'node:readline';
import { pathToFileURL } from 'node:url';
import { z } from 'zod';
import { classifyMessage } from '../src/emotion/index.ts';

const inputSchema = z.object({
  id: z.union([z.string(), z.number()], { error: 'must be a string or a number' }),
  text: z.string({ error: 'must be a string' }),
  lang: z.enum(['zh', 'en', 'mixed'], { error: 'must be "zh", "en" or "mixed"' }).optional(),
});

/** Scores are points on an open scale; two decimals are plenty to compare them. */
const SCORE_DECIMALS = 100;
/** Lines are written in batches so a large file is not one syscall per message. */
const WRITE_BATCH = 512;

function round(value: number): number {
  return Math.round(value * SCORE_DECIMALS) / SCORE_DECIMALS;
}

function idOf(value: unknown): string | number | null {
  if (typeof value !== 'object' || value === null || !('id' in value)) return null;
  const { id } = value as { id: unknown };
  return typeof id === 'string' || typeof id === 'number' ? id : null;
}

export function classifyLine(line: string, lineNumber: number): string {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return JSON.stringify({ id: null, line: lineNumber, error: `line ${lineNumber}: not valid JSON (${reason})` });
  }
  const parsed = inputSchema.safeParse(value);
  if (!parsed.success) {
    const reason = parsed.error.issues
      .map((i) =>
        i.path.length === 0 ? 'must be a JSON object {"id", "text", "lang"?}' : `"${i.path.join('.')}" ${i.message}`,
      )
      .join('; ');
    return JSON.stringify({ id: idOf(value), line: lineNumber, error: `line ${lineNumber}: ${reason}` });
  }
  const { id, text, lang } = parsed.data;
  const result = classifyMessage(text, lang ? { lang } : undefined);
  const scores = Object.fromEntries(Object.entries(result.scores).map(([k, v]) => [k, round(v)]));
  return JSON.stringify({ id, emotion: result.emotion, intensity: result.intensity, flags: result.flags, scores });
}

async function main(): Promise<void> {
  const lines = createInterface({ input: process.stdin, crlfDelay: Number.POSITIVE_INFINITY });
  let lineNumber = 0;
  let batch: string[] = [];
  for await (const line of lines) {
    lineNumber++;
    if (line.trim() === '') continue;
    batch.push(classifyLine(line, lineNumber));
    if (batch.length >= WRITE_BATCH) {
      process.stdout.write(`${batch.join('\n')}\n`);
      batch = [];
    }
  }
  if (batch.length > 0) process.stdout.write(`${batch.join('\n')}\n`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await main();
