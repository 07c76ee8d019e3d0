import { buildFixtureBundles } from '../fixtures/build-fixtures';

export default async function setup() {
  await buildFixtureBundles();
}
