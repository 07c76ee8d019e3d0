import { beforeEach, describe, expect, it } from 'vitest';
import { createCorrection } from '../../../src/emotion';
import { clearUsage, readUsage, recordInsertion, usageByEmotion } from '../../../src/library/usage';
import { correctionsToCsv, usageToCsv } from '../../../src/library/usage-csv';
import { readCsv } from '../../../src/phrasebook/csv-table';
import { SHIPPED_PHRASEBOOKS } from '../../../src/phrasebook/shipped';
import { fakeBrowser } from './fake-browser';

beforeEach(() => fakeBrowser.reset());

const ack = { phrasebookId: 'default', entryId: 'ack-angry-wait-1' } as const;

describe('usage figures', () => {
  it('count insertions per phrase, emotion and intensity, and chart them per emotion', async () => {
    await recordInsertion({ ...ack, emotion: 'angry', intensity: 'strong' }, 1000);
    await recordInsertion({ ...ack, emotion: 'angry', intensity: 'strong' }, 2000);
    await recordInsertion({ ...ack, emotion: 'angry', intensity: 'severe' }, 3000);
    await recordInsertion({ phrasebookId: 'mine', entryId: 'my-1', emotion: 'anxious', intensity: 'mild' }, 4000);
    const usage = await readUsage();
    expect(usage.insertions).toContainEqual({ ...ack, emotion: 'angry', intensity: 'strong', count: 2, lastAt: 2000 });
    const chart = usageByEmotion(usage);
    expect(chart.angry).toEqual([{ ...ack, count: 3, byIntensity: { calm: 0, mild: 0, strong: 2, severe: 1 } }]);
    expect(chart.anxious.map((p) => p.entryId)).toEqual(['my-1']);
    expect(chart.positive).toEqual([]);
  });

  it('counts insertions from several panels at once without losing one', async () => {
    await Promise.all(
      Array.from({ length: 20 }, () => recordInsertion({ ...ack, emotion: 'angry', intensity: 'mild' })),
    );
    expect((await readUsage()).insertions[0]?.count).toBe(20);
  });

  it('export as CSV with the phrase text in both languages', async () => {
    await recordInsertion({ ...ack, emotion: 'angry', intensity: 'strong' }, Date.UTC(2025, 0, 2));
    const table = readCsv(usageToCsv(await readUsage(), SHIPPED_PHRASEBOOKS));
    if (!table.ok) throw new Error('unreadable');
    expect(table.rows[0]?.cells).toEqual([
      'phrasebook',
      'entry_id',
      'step',
      'emotion',
      'intensity',
      'insertions',
      'last_inserted',
      'text_zh_cn',
      'text_en',
    ]);
    expect(table.rows[1]?.cells.slice(0, 7)).toEqual([
      'default',
      'ack-angry-wait-1',
      'acknowledge',
      'angry',
      'strong',
      '1',
      '2025-01-02T00:00:00.000Z',
    ]);
    expect(table.rows[1]?.cells[7]).toMatch(/您好/);
  });

  it('export agents’ corrections as CSV, message text only when kept', () => {
    const result = { emotion: 'angry', intensity: 'strong', lang: 'zh', scores: {}, flags: [], evidence: [] } as never;
    const corrections = [
      createCorrection({ result, corrected: 'anxious', now: new Date(Date.UTC(2025, 0, 1)) }),
      createCorrection({
        result,
        corrected: 'neutral',
        text: '暖气不热，还要等多久',
        storeText: true,
        conversationKey: 'demo:1',
        now: new Date(Date.UTC(2025, 0, 2)),
      }),
    ];
    const lines = correctionsToCsv(corrections).split('\r\n');
    expect(lines[1]).toBe('2025-01-01T00:00:00.000Z,zh,angry,strong,anxious,,');
    expect(lines[2]).toBe('2025-01-02T00:00:00.000Z,zh,angry,strong,neutral,demo:1,暖气不热，还要等多久');
  });

  it('drop only the damaged rows of stored figures, and can be cleared', async () => {
    await fakeBrowser.storage.local.set({
      usage: { insertions: [{ ...ack, emotion: 'angry', intensity: 'mild', count: 2, lastAt: 1 }, { entryId: 5 }] },
    });
    expect((await readUsage()).insertions).toHaveLength(1);
    await clearUsage();
    expect(await readUsage()).toEqual({ insertions: [] });
  });
});
