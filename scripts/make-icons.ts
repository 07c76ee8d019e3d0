import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { findChromium } from './lib/browser';

// Renders assets/icon.svg to the PNG sizes the stores and browsers ask for (public/icon/<size>.png).
const SIZES = [16, 32, 48, 96, 128];

const svg = await readFile('assets/icon.svg', 'utf8');
const browser = await chromium.launch({ executablePath: findChromium(), args: ['--no-sandbox', '--disable-gpu'] });
try {
  const page = await browser.newPage();
  for (const size of SIZES) {
    await page.setViewportSize({ width: size, height: size });
    await page.setContent(
      `<style>html,body{margin:0;background:transparent}svg{width:${size}px;height:${size}px;display:block}</style>${svg}`,
    );
    await page.screenshot({ path: resolve('public/icon', `${size}.png`), omitBackground: true });
  }
} finally {
  await browser.close();
}
