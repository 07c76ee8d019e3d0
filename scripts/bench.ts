import { runClassifierBench } from './bench-classifier';
import { runPageBench } from './bench-page';

// `npm run bench`: the classifier in Node on one core, then the page cost in headless Chromium (needs `npm run build`).
await runClassifierBench();
await runPageBench();
