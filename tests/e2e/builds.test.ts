import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { gunzipSync, gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import defaultBook from '../../phrasebook/default.json';
import enLexicon from '../../src/emotion/en/lexicon.json';
import zhLexicon from '../../src/emotion/zh/lexicon.json';

/** Budget from the product brief: the content script runs on every helpdesk page all day. */
const CONTENT_SCRIPT_BUDGET_GZIP = 30 * 1024;

const chrome = (path: string) => readFileSync(`.output/chrome-mv3/${path}`);

describe('the Chrome build (npm run build, run before the tests)', () => {
  const manifest = JSON.parse(chrome('manifest.json').toString());

  it('declares the side panel and runs the content script on localhost in all frames', () => {
    expect(manifest.side_panel.default_path).toBe('sidepanel.html');
    const script = manifest.content_scripts[0];
    expect(script.matches).toEqual(expect.arrayContaining(['http://localhost/*', 'http://127.0.0.1/*']));
    expect(script.all_frames).toBe(true);
  });

  it('keeps lexicons and phrasebooks out of the content script, which stays within budget', () => {
    const content = chrome('content-scripts/content.js');
    const text = content.toString();
    const samples = [
      ...Object.keys(zhLexicon.angry).slice(0, 20),
      ...Object.keys(enLexicon.angry)
        .filter((term) => term.length > 8)
        .slice(0, 20),
      ...defaultBook.entries.slice(0, 20).map((entry) => entry.text['zh-CN']),
    ];
    expect(
      samples.filter((sample) => text.includes(JSON.stringify(sample).slice(1, -1)) || text.includes(sample)),
    ).toEqual([]);
    const gzipped = gzipSync(content);
    expect(gunzipSync(gzipped).length).toBe(content.length);
    expect(gzipped.length).toBeLessThanOrEqual(CONTENT_SCRIPT_BUDGET_GZIP);
  });
});

describe('the Firefox build', () => {
  it('has the panel as a sidebar', () => {
    execFileSync('wxt', ['build', '-b', 'firefox'], { stdio: 'pipe' });
    const manifest = JSON.parse(readFileSync('.output/firefox-mv3/manifest.json', 'utf8'));
    expect(manifest.sidebar_action.default_panel).toBe('sidepanel.html');
    expect(manifest.browser_specific_settings.gecko.id).toBeTruthy();
  }, 120_000);

  it('passes web-ext lint with no errors, as the add-on store will check it', () => {
    const report = JSON.parse(
      execFileSync(
        'web-ext',
        ['lint', '--source-dir', '.output/firefox-mv3', '--output', 'json', '--no-config-discovery'],
        {
          encoding: 'utf8',
          stdio: ['ignore', 'pipe', 'ignore'],
        },
      ),
    );
    expect(report.errors).toEqual([]);
    // The remaining warnings are library code the strict CSP never lets run (zod's eval probe, Preact's innerHTML).
    expect(report.warnings.map((w: { code: string }) => w.code).sort()).toEqual(
      expect.not.arrayContaining(['KEY_FIREFOX_UNSUPPORTED_BY_MIN_VERSION', 'MANIFEST_FIELD_UNSUPPORTED']),
    );
  }, 120_000);
});
