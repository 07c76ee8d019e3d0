import { storage } from 'wxt/utils/storage';
import {
  type Classifier,
  type CustomTerm,
  type CustomTermError,
  createClassifier,
  type MessageEmotion,
  parseCustomTerms,
} from '../emotion';
import { type StorageFailure, writeTogether } from './storage-write';

/** The team lead's own lexicon terms (see the emotion engine), version 1. */
export const customTermsItem = storage.defineItem<CustomTerm[]>('local:lexicon.customTerms', {
  fallback: [],
  version: 1,
  migrations: {},
});

/** Stored terms that no longer validate (hand-edited, or from a newer version) are not used at all. */
export function parseStoredTerms(value: unknown): CustomTerm[] {
  const parsed = parseCustomTerms(value ?? []);
  return parsed.ok ? parsed.terms : [];
}

export async function loadCustomTerms(): Promise<CustomTerm[]> {
  return parseStoredTerms(await customTermsItem.getValue());
}

export function watchCustomTerms(onChange: (terms: CustomTerm[]) => void): () => void {
  return customTermsItem.watch((value) => onChange(parseStoredTerms(value)));
}

export type TermsSaveOutcome =
  | { ok: true; terms: CustomTerm[] }
  | { ok: false; reason: 'invalid'; errors: CustomTermError[] }
  | ({ ok: false } & StorageFailure);

export async function saveCustomTerms(terms: unknown): Promise<TermsSaveOutcome> {
  const parsed = parseCustomTerms(terms);
  if (!parsed.ok) return { ok: false, reason: 'invalid', errors: parsed.errors };
  const failure = await writeTogether([{ item: customTermsItem, value: parsed.terms }]);
  return failure ? { ok: false, ...failure } : { ok: true, terms: parsed.terms };
}

export interface LiveClassifier {
  classifyMessage(text: string): MessageEmotion;
  /** Resolves once the stored terms are in; a message classified before that would miss them. */
  ready: Promise<void>;
  stop(): void;
}

/** The background's classifier: the built-in lexicon plus the lead's terms, rebuilt whenever they change. */
export function liveClassifier(): LiveClassifier {
  let classifier: Classifier = createClassifier();
  const use = (terms: CustomTerm[]) => {
    classifier = createClassifier({ extraTerms: terms });
  };
  const ready = loadCustomTerms().then(use);
  const stop = watchCustomTerms(use);
  return { classifyMessage: (text) => classifier.classifyMessage(text), ready, stop };
}
