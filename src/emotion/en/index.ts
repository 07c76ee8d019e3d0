import type { LanguageData } from '../lexicon.ts';
import concern from './concern.json';
import contractions from './contractions.json';
import flags from './flags.json';
import lexicon from './lexicon.json';
import modifiers from './modifiers.json';

export const english: LanguageData = { lexicon, modifiers, flags, concern, contractions };
