import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { fetchTeamPhrasebook, refreshTeamPhrasebook } from '../../../src/library/team-fetch';
import { checkTeamUrl, readTeamCache, saveTeamSource } from '../../../src/library/team-source';
import { miniPhrasebook } from '../phrasebook/fixtures/mini';
import { fakeBrowser } from './fake-browser';

/** A team server whose answer each test sets; it honours If-None-Match like a real one. */
let body = '';
let etag: string | null = null;
let status = 200;
let delayMs = 0;
const requests: { ifNoneMatch?: string; cookie?: string }[] = [];
let server: Server;
let url: string;

beforeAll(async () => {
  server = createServer((req, res) => {
    requests.push({ ifNoneMatch: req.headers['if-none-match'], cookie: req.headers.cookie });
    setTimeout(() => {
      if (status !== 200) return void res.writeHead(status).end('server error');
      if (etag && req.headers['if-none-match'] === etag) return void res.writeHead(304, { etag }).end();
      res.writeHead(200, { 'content-type': 'application/json', ...(etag ? { etag } : {}) }).end(body);
    }, delayMs);
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/team.json`;
});
afterAll(() => new Promise<void>((done) => server.close(() => done())));

const allowed = { hasPermission: async () => true };

function serve(book: unknown, tag: string | null) {
  body = typeof book === 'string' ? book : JSON.stringify(book);
  etag = tag;
  status = 200;
}

beforeEach(async () => {
  fakeBrowser.reset();
  requests.length = 0;
  delayMs = 0;
  await saveTeamSource({ url, refreshMinutes: 60 });
});

describe('the team phrasebook from a URL', () => {
  it('fetches, then asks with If-None-Match and keeps the copy on 304, then takes a changed file', async () => {
    serve(miniPhrasebook(), '"v1"');
    const first = await refreshTeamPhrasebook(allowed);
    expect(first?.phrasebook?.entries.map((e) => e.id)).toContain('ack-angry-1');
    expect(first).toMatchObject({ etag: '"v1"', lastError: null });

    const again = await refreshTeamPhrasebook({ ...allowed, now: () => 5000 });
    expect(requests.at(-1)?.ifNoneMatch).toBe('"v1"');
    expect(again).toMatchObject({ etag: '"v1"', checkedAt: 5000, fetchedAt: first?.fetchedAt });

    const changed = miniPhrasebook();
    changed.entries[0].text.en = 'Hi {customer}, the team rewrote this.';
    serve(changed, '"v2"');
    const updated = await refreshTeamPhrasebook(allowed);
    expect(updated?.etag).toBe('"v2"');
    expect(updated?.phrasebook?.entries[0]?.text.en).toBe('Hi {customer}, the team rewrote this.');
    expect(requests.every((r) => r.cookie === undefined)).toBe(true);
  });

  it('keeps the last good copy when the server fails, and when it serves invalid JSON or an invalid phrasebook', async () => {
    serve(miniPhrasebook(), '"v1"');
    await refreshTeamPhrasebook(allowed);
    status = 500;
    const down = await refreshTeamPhrasebook(allowed);
    expect(down?.phrasebook?.entries).toHaveLength(4);
    expect(down?.lastError).toMatchObject({ kind: 'http', status: 500 });

    serve('{"schemaVersion": 1, "entries": [', '"v3"');
    const garbage = await refreshTeamPhrasebook(allowed);
    expect(garbage?.phrasebook?.entries).toHaveLength(4);
    expect(garbage?.etag).toBe('"v1"');
    expect(garbage?.lastError?.kind).toBe('invalid');
    expect(garbage?.lastError?.errors?.[0]?.message.en).toMatch(/not valid JSON/);

    const wrong = miniPhrasebook();
    wrong.entries[0].emotions = ['furious'];
    serve(wrong, '"v4"');
    const invalid = await refreshTeamPhrasebook(allowed);
    expect(invalid?.phrasebook?.entries[0]?.emotions).toEqual(['angry']);
    expect(invalid?.lastError?.errors?.[0]).toMatchObject({ entryId: 'ack-angry-1', path: 'emotions[0]' });
    expect((await readTeamCache())?.phrasebook?.entries).toHaveLength(4);
  });

  it('gives up after the timeout, and does not fetch without the host permission', async () => {
    serve(miniPhrasebook(), null);
    delayMs = 300;
    const slow = await fetchTeamPhrasebook(url, null, fetch, 50);
    expect(slow).toMatchObject({ kind: 'failed', error: { kind: 'timeout' } });
    delayMs = 0;
    const before = requests.length;
    const denied = await refreshTeamPhrasebook({ hasPermission: async () => false });
    expect(denied?.lastError?.kind).toBe('permission');
    expect(requests.length).toBe(before);
  });

  it('takes the URL from enterprise policy over the one the lead typed', async () => {
    serve(miniPhrasebook(), '"p"');
    await saveTeamSource({ url: 'http://127.0.0.1:9/never.json', refreshMinutes: 60 });
    await fakeBrowser.storage.managed.set({ teamPhrasebookUrl: url });
    const result = await refreshTeamPhrasebook(allowed);
    expect(result?.url).toBe(url);
    expect(result?.phrasebook).not.toBeNull();
  });

  it('forgets the team copy when the lead removes the URL', async () => {
    serve(miniPhrasebook(), '"v1"');
    await refreshTeamPhrasebook(allowed);
    await saveTeamSource({ url: null, refreshMinutes: 60 });
    expect(await readTeamCache()).toBeNull();
  });
});

describe('checkTeamUrl', () => {
  it('accepts http(s) URLs and names the origin to ask permission for', () => {
    expect(checkTeamUrl(' https://kb.example.com:8443/team/话术.json ')).toMatchObject({
      ok: true,
      originPattern: 'https://kb.example.com/*',
    });
    expect(checkTeamUrl('ftp://x/y').ok).toBe(false);
    expect(checkTeamUrl('https://user:pw@x.com/a').ok).toBe(false);
    expect(checkTeamUrl('not a url').ok).toBe(false);
  });
});
