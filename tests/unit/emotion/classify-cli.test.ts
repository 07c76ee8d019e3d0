import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { classifyLine } from '../../../scripts/classify.ts';

const ROOT = resolve(import.meta.dirname, '../../..');

describe('classify CLI', () => {
  it('writes id, emotion, intensity, flags and scores for a good line', () => {
    const out = JSON.parse(classifyLine('{"id":"a1","text":"I want to speak to your manager!!"}', 1));
    expect(Object.keys(out)).toEqual(['id', 'emotion', 'intensity', 'flags', 'scores']);
    expect(out).toMatchObject({ id: 'a1', emotion: 'angry', flags: ['escalation_threat'] });
    expect(Object.keys(out.scores).sort()).toEqual(['angry', 'anxious', 'disappointed', 'neutral', 'positive']);
  });

  it('names the line number of a bad line', () => {
    expect(JSON.parse(classifyLine('not json', 7))).toMatchObject({ id: null, line: 7 });
    expect(JSON.parse(classifyLine('not json', 7)).error).toMatch(/^line 7: not valid JSON/);
    expect(JSON.parse(classifyLine('{"id":3}', 2)).error).toBe('line 2: "text" must be a string');
  });

  it('runs every line in order from stdin, bad lines included', () => {
    const input = ['{"id":1,"text":"thanks, all good"}', 'oops', '', '{"id":2,"text":"急死了","lang":"zh"}'].join('\n');
    const run = spawnSync(resolve(ROOT, 'node_modules/.bin/tsx'), ['scripts/classify.ts'], {
      cwd: ROOT,
      input,
      encoding: 'utf8',
    });
    expect(run.status).toBe(0);
    const lines = run.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines.map((l) => l.id)).toEqual([1, null, 2]);
    expect(lines[0].emotion).toBe('positive');
    expect(lines[1].error).toMatch(/^line 2:/);
    expect(lines[2]).toMatchObject({ emotion: 'anxious', flags: ['urgent'] });
  }, 60_000);
});
