import { findChromium } from '../../scripts/lib/browser';
import { buildFixtureBundles } from '../fixtures/build-fixtures';

export default async function setup() {
  // The end-to-end tests fail, never skip, without a browser: the error says what to install.
  findChromium();
  await buildFixtureBundles();
}
