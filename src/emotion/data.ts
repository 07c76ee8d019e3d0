import { afinnValence } from './afinn.ts';
import emoji from './emoji.json';
import { english } from './en/index.ts';
import type { LexiconSources } from './lexicon.ts';
import { chinese } from './zh/index.ts';

/** Everything the built-in classifier reads: our lexicons for both languages, emoji, and AFINN-165 valence. */
export const builtinSources: LexiconSources = { languages: [english, chinese], emoji, valence: afinnValence };
