import { classifiedPart } from './cap.ts';
import { type CustomTerm, parseCustomTerms, toExtraEntries } from './custom-terms.ts';
import { builtinSources } from './data.ts';
import { type CompiledLexicon, compileLexicon } from './lexicon.ts';
import { scoreMessage } from './score.ts';
import type { Lang, MessageEmotion } from './types.ts';

export { MAX_CLASSIFIED_CHARS } from './cap.ts';
export { type ConversationOptions, conversationEmotion, HALF_LIFE_MESSAGES, HALF_LIFE_MS } from './conversation.ts';
export { type Correction, type CorrectionInput, correctionSchema, createCorrection } from './correction.ts';
export {
  type CustomTerm,
  type CustomTermError,
  type CustomTermsResult,
  customTermSchema,
  customTermsSchema,
  parseCustomTerms,
} from './custom-terms.ts';
export { detectLanguage } from './language.ts';
export * from './types.ts';

export interface ClassifyOptions {
  /** Overrides the detected language in the result; the scan itself always reads both languages. */
  lang?: Lang;
}

export interface ClassifierOptions {
  /** A team lead's terms, added to (and overriding) the built-in lexicon. */
  extraTerms?: CustomTerm[];
  /** false switches every modifier off (negation, degree words, contrast, punctuation, caps, impatience, sarcasm,
   * worry cues). */
  modifiers?: boolean;
}

export interface Classifier {
  classifyMessage(text: string, options?: ClassifyOptions): MessageEmotion;
}

/** Compiled once at load: every classification after that is lookups only. */
const builtinLexicon: CompiledLexicon = compileLexicon(builtinSources);

export function classifyMessage(text: string, options?: ClassifyOptions): MessageEmotion {
  return scoreMessage(classifiedPart(text), builtinLexicon, { modifiers: true, lang: options?.lang });
}

/** A classifier with a team lead's extra terms; throws with every located problem if the terms are not valid. */
export function createClassifier(options: ClassifierOptions = {}): Classifier {
  let lexicon = builtinLexicon;
  if (options.extraTerms && options.extraTerms.length > 0) {
    const parsed = parseCustomTerms(options.extraTerms);
    if (!parsed.ok) throw new Error(parsed.errors.map((e) => e.message.en).join('; '));
    lexicon = compileLexicon(builtinSources, toExtraEntries(parsed.terms));
  }
  const modifiers = options.modifiers ?? true;
  return {
    classifyMessage: (text, classifyOptions) =>
      scoreMessage(classifiedPart(text), lexicon, { modifiers, lang: classifyOptions?.lang }),
  };
}
