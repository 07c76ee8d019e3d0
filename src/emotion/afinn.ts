import english from 'sentiment/languages/en/index.js';

/** AFINN-165 valences run from -5 to +5 in whole steps; anything else in the table was not put there by AFINN. */
const AFINN_MIN = -5;
const AFINN_MAX = 5;

/**
 * A private snapshot of AFINN-165 as shipped in `sentiment`, read through its CommonJS language module (importing the
 * JSON file directly breaks in ESM loaders that turn every key into a binding: AFINN has the word "await").
 *
 * `sentiment` keeps one mutable labels object per language: `analyze(text, { extras })` merges extras into it for every
 * later caller, and its language processor merges its emoji table into the same object. We never call `analyze` with
 * extras, copy the table once at load, and keep only well-formed AFINN values, so nothing done to that shared object
 * later changes our scores. Multi-word entries ("does not work", "fed up") never match in `sentiment` because its
 * tokenizer splits on spaces; the lexicon compiler turns them into phrases, which do match here.
 */
export const afinnValence: ReadonlyMap<string, number> = new Map(
  Object.entries(english.labels).filter(([, v]) => Number.isInteger(v) && v >= AFINN_MIN && v <= AFINN_MAX && v !== 0),
);
