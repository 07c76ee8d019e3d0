import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Harness, openDemo, openPanel, startHarness, tabIdOf } from './harness';
import { entryRow, openOptions, storedItem } from './options-pages';

/** A team server as a lead would run one: it serves the phrasebook with an ETag and honours If-None-Match. */
interface Served {
  status: number;
  body: string;
  etag: string;
  /** A server that accepts the request and never answers, as an overloaded one does. */
  hang?: boolean;
}
let served: Served;
const requests: { ifNoneMatch: string | undefined; status: number }[] = [];
let server: Server;
let teamUrl: string;

function teamBook(version: string) {
  return JSON.stringify({
    schemaVersion: 1,
    id: 'acme-heating-team',
    kind: 'team',
    name: { 'zh-CN': '暖心热力客服组', en: 'Acme heating team' },
    entries: [
      {
        id: 'team-expect-anxious',
        step: 'set_expectations',
        emotions: ['anxious'],
        intensity: { min: 'calm', max: 'severe' },
        // The demo customer is worried about a cold home with children: the read-out flags it urgent.
        flags: ['urgent'],
        text: {
          'zh-CN': `【团队${version}】请放心，维修师傅{eta}到您家，到之前会先给您打电话。`,
          en: `[Team ${version}] Don't worry: the technician will be with you {eta} and will call before coming.`,
        },
      },
      {
        id: 'team-ack-anxious',
        step: 'acknowledge',
        emotions: ['anxious'],
        intensity: { min: 'calm', max: 'severe' },
        text: { 'zh-CN': '【团队】您的担心我完全理解。', en: '[Team] I completely understand your worry.' },
      },
    ],
    avoid: [],
  });
}

let h: Harness;
let options: Page;
let panel: Page;

const teamSuggestion = () => panel.locator('[data-testid="suggestion"][data-entry-id="team-expect-anxious"]');
const teamCache = () =>
  storedItem<{
    etag: string | null;
    phrasebook: { entries: { text: { en: string } }[] } | null;
    lastError: { kind: string } | null;
  }>(options, 'team.cache');

async function checkNow() {
  const before = requests.length;
  await options.locator('[data-testid="team-refresh"]').click();
  await expect.poll(() => requests.length).toBeGreaterThan(before);
  await expect.poll(() => options.locator('[data-testid="team-refresh"]').isEnabled()).toBe(true);
}

beforeAll(async () => {
  served = { status: 200, body: teamBook('v1'), etag: '"v1"' };
  server = createServer((req, res) => {
    const ifNoneMatch = req.headers['if-none-match'];
    let status = served.status;
    if (status === 200 && ifNoneMatch === served.etag) status = 304;
    requests.push({ ifNoneMatch, status });
    if (served.hang) return;
    if (status === 304) return void res.writeHead(304, { etag: served.etag }).end();
    if (status !== 200) return void res.writeHead(status).end('upstream error');
    res.writeHead(200, { 'content-type': 'application/json; charset=utf-8', etag: served.etag }).end(served.body);
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  teamUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/calmdesk/team.json`;
  h = await startHarness();
  options = await openOptions(h.context, h.ext.extensionId);
  const demo = await openDemo(h);
  panel = await openPanel(h, await tabIdOf(h, demo));
  await panel.locator('[data-testid="suggestion"]').first().waitFor();
});

afterAll(async () => {
  await h?.close();
  server.closeAllConnections();
  await new Promise<void>((done) => server.close(() => done()));
});

describe('the team phrasebook from a URL', () => {
  it('is fetched when the lead saves the URL, and shown read-only in the panel and the editor', async () => {
    await options.locator('[data-testid="tab-team"]').click();
    await options.locator('[data-testid="team-url"]').fill(teamUrl);
    await options.locator('[data-testid="team-save"]').click();
    await expect.poll(() => options.locator('[data-testid="team-count"]').textContent()).toBe('2');
    expect(await options.locator('[data-testid="team-etag"]').textContent()).toBe('"v1"');
    expect(requests[0]).toEqual({ ifNoneMatch: undefined, status: 200 });

    await expect.poll(() => teamSuggestion().count()).toBe(1);
    expect(await teamSuggestion().textContent()).toContain('【团队v1】');

    await options.locator('[data-testid="tab-phrasebook"]').click();
    const row = entryRow(options, 'team-expect-anxious', 'team');
    await expect.poll(() => row.count()).toBe(1);
    expect(await row.locator('[data-testid="delete-entry"]').count()).toBe(0);
    expect(await row.locator('[data-testid="select-entry"]').isDisabled()).toBe(true);
    await row.locator('[data-testid="edit-entry"]').click();
    expect(await options.locator('[data-testid="save-entry"]').count()).toBe(0);
    expect(await options.locator('[data-testid="field-text.en"]').getAttribute('readonly')).not.toBeNull();
    await options.locator('[data-testid="close-editor"]').click();
    await options.locator('[data-testid="tab-team"]').click();
  });

  it('asks with If-None-Match and keeps its copy on 304, then takes the changed file', async () => {
    await checkNow();
    expect(requests.at(-1)).toEqual({ ifNoneMatch: '"v1"', status: 304 });
    expect((await teamCache())?.etag).toBe('"v1"');

    served = { status: 200, body: teamBook('v2'), etag: '"v2"' };
    await checkNow();
    expect(requests.at(-1)).toEqual({ ifNoneMatch: '"v1"', status: 200 });
    await expect.poll(() => options.locator('[data-testid="team-etag"]').textContent()).toBe('"v2"');
    await expect.poll(() => teamSuggestion().textContent()).toContain('【团队v2】');
  });

  it('keeps the last good copy when the server fails, and when it serves invalid JSON', async () => {
    served = { status: 503, body: '', etag: '"v2"' };
    await checkNow();
    await expect.poll(() => options.locator('[data-testid="team-error"]').getAttribute('data-kind')).toBe('http');
    expect(await options.locator('[data-testid="team-error"]').textContent()).toContain('HTTP 503');
    expect(await options.locator('[data-testid="team-count"]').textContent()).toBe('2');

    served = { status: 200, body: '{"schemaVersion": 1, "entries": [', etag: '"v3"' };
    await checkNow();
    await expect.poll(() => options.locator('[data-testid="team-error"]').getAttribute('data-kind')).toBe('invalid');
    expect(await options.locator('[data-testid="team-error"]').textContent()).toContain('not valid JSON');
    const cache = await teamCache();
    expect(cache?.etag).toBe('"v2"');
    expect(cache?.phrasebook?.entries[0]?.text.en).toContain('[Team v2]');
    await panel.reload();
    await expect.poll(() => teamSuggestion().textContent()).toContain('【团队v2】');
  });

  it('gives up on a server that does not answer, and keeps the last good copy', async () => {
    served = { status: 200, body: teamBook('v9'), etag: '"v9"', hang: true };
    const before = requests.length;
    await options.locator('[data-testid="team-refresh"]').click();
    await expect.poll(() => requests.length).toBeGreaterThan(before);
    // The fetch's own time-out (TEAM_FETCH_TIMEOUT_MS, 15 s) ends the wait; nothing here shortens it.
    await expect
      .poll(() => options.locator('[data-testid="team-error"]').getAttribute('data-kind'), { timeout: 30_000 })
      .toBe('timeout');
    expect((await teamCache())?.phrasebook?.entries[0]?.text.en).toContain('[Team v2]');
    await expect.poll(() => teamSuggestion().textContent()).toContain('【团队v2】');
    served = { ...served, hang: false };
  });

  it('is refreshed by the background on its alarm', async () => {
    const alarm = await options.evaluate(() => chrome.alarms.get('calmdesk-team-refresh'));
    expect(alarm?.periodInMinutes).toBe(60);
    served = { status: 200, body: teamBook('v4'), etag: '"v4"' };
    // Fire the background's own alarm now instead of in an hour.
    await options.evaluate(() => chrome.alarms.create('calmdesk-team-refresh', { when: Date.now() + 100 }));
    await expect.poll(async () => (await teamCache())?.etag, { timeout: 10_000 }).toBe('"v4"');
    expect((await teamCache())?.lastError).toBeNull();
    await expect.poll(() => teamSuggestion().textContent()).toContain('【团队v4】');
  });
});
