import type { ConcernCue } from './concern.ts';
import { collectEntries } from './lexicon-builder.ts';
import type { Flag, ScoredEmotion } from './types.ts';

export { SCORED_EMOTIONS, type ScoredEmotion } from './types.ts';

export type EmotionWeights = Partial<Record<ScoredEmotion, number>>;

export type BoosterRole = 'intensifier' | 'diminisher' | 'postIntensifier';
export type ModifierRole = 'negator' | 'contrast' | 'inquiry' | 'retrospective' | 'wish' | BoosterRole;

/** One compiled entry: a word, phrase, emoji or emoticon with every role the data gives it. */
export interface LexiconEntry {
  key: string;
  weights?: EmotionWeights;
  /** AFINN-165 valence, kept only where our own lexicon says nothing about the term. */
  valence?: number;
  flags?: Flag[];
  /** Flags raised only when the message also voices a problem ("my baby" is urgent next to "no heat", not in praise). */
  contextFlags?: Flag[];
  modifier?: ModifierRole;
  /** Boost (intensifiers) or factor (diminishers). */
  scale?: number;
  impatience?: boolean;
  /** A courtesy thanks ("Thanks.", 谢谢, 辛苦了): after a request or question it is manners, not praise. */
  courtesy?: boolean;
  /** Asks the agent for something ("could you", "please", 帮我, 麻烦帮): what a courtesy thanks may close. */
  request?: boolean;
  /** A surprise ("没想到", "didn't expect"): a let-down, unless praise follows in its sentence. */
  surprise?: boolean;
  /** Says there is no hurry ("no rush", 不着急): the message reports, it does not worry. */
  calm?: boolean;
  /** Says the problem is over ("has been fixed", 已经处理了): the problem words of its clause are history. */
  resolved?: boolean;
  /** Tells a fright ("吓死我了", "I was panicking"): next to thanks or relief, the worry is over. */
  scare?: boolean;
  /** Tells what was claimed or bought (写的, 订的是): with what was found in a later clause, an expectation gap. */
  claimed?: boolean;
  /** Tells what was found (收到是, 到手): after a claim in an earlier clause, an expectation gap. */
  found?: boolean;
  /** Opens a condition ("if I", 如果我): the sentence is a how-to question only when it asks. */
  conditional?: boolean;
  /** Introduces what a screen shows ("it says", "error message", 提示, 显示): the quote after it only quotes. */
  screenQuote?: boolean;
  /** Kinds of worry cue (CONCERN_CUES bits) the entry carries: "when will", "my order", "by Friday". */
  concern?: number;
  /**
   * A phrase that ends in a negator ("still not", "yet again no", 还没, 一直没有): the negator inside it still reaches the
   * words after it, so "still not resolved" is no praise.
   */
  negatesNext?: boolean;
  /** Opens a promise quoted back when its clause ends in 呢 or 吗 ("说好的今天上门呢"). */
  promiseFrame?: boolean;
  /** Opens a worried guess when its clause ends in 吧 ("不会出事吧"): worry, not a negation. */
  worryFrame?: boolean;
  /** Opens a rhetorical question when its clause ends in 吗 ("这不是坑人吗"): it asserts, it does not negate. */
  rhetorical?: boolean;
  /** An emoji that is sarcastic when it closes a complaint ([微笑], 🙂). */
  closingSarcasm?: boolean;
  /** Tears (😭, [流泪]): they take the feeling of the rest of the message when it is happy or worried. */
  tears?: boolean;
  /** Folded hands (🙏): a plea next to a worry or a request, thanks when nothing else is asked or felt. */
  plea?: boolean;
  /** 'cue': sarcastic only next to complaints; 'sure': sarcastic on its own. */
  sarcasm?: 'cue' | 'sure';
  kind: 'term' | 'phrase' | 'emoji';
  /** Set on single Han characters, which count only when the segmenter sees them as a word of their own. */
  wordCheck?: boolean;
  /** Set when the key starts/ends with an ASCII letter or digit: the neighbours must not be one. */
  asciiStart?: boolean;
  asciiEnd?: boolean;
}

/** Token trie: single words at the first level, phrases below ("not" → "working"). */
export interface WordNode {
  next?: Map<string, WordNode>;
  entry?: LexiconEntry;
}

export interface TrieNode {
  next: Map<number, TrieNode>;
  entry?: LexiconEntry;
}

/** Word-side (token) entries for English and ASCII slang; character-side (trie) entries for Chinese and emoji. */
export interface CompiledLexicon {
  words: Map<string, WordNode>;
  chars: TrieNode;
  /** Words a phrase may skip once between its own words ("doesn't really help" matches "doesn't help"). */
  fillers: ReadonlySet<string>;
  /** "you"/"your" followed closely by one of these verbs is blame ("you cut off", "your courier threw"). */
  blameSubjects: ReadonlySet<string>;
  blameVerbs: ReadonlySet<string>;
  /** Another subject between "you" and a verb ("you know I've sent") ends the blame window. */
  blameStops: ReadonlySet<string>;
  /** One-word replies that are cold when closed by a full stop ("fine.", "wow."). */
  coldReplies: ReadonlySet<string>;
  /** What thanks may be for that makes them sarcastic (see `ThankedHarm`), from every language. */
  thankedHarms: readonly CompiledThankedHarm[];
}

export interface CompiledThankedHarm {
  link: string;
  /** Lower-cased words that must follow the link; without them, any complaint after it in its clause will do. */
  harms?: ReadonlySet<string>;
}

/**
 * "Thanks for charging me twice", "感谢贵公司让我在零下的屋里过了个周末": praise before a link word ("for", "you",
 * 让我) whose object is a harm. English names the harms ("charging", "losing"); Chinese lets any complaint after
 * 让我 in its clause stand for one.
 */
export interface ThankedHarm {
  links: string[];
  harms?: string[];
}

export interface LanguageData {
  lexicon: Record<ScoredEmotion, Record<string, number>> & { neutral: string[] };
  modifiers: {
    negators: string[];
    intensifiers: Record<string, number>;
    diminishers: Record<string, number>;
    postIntensifiers?: Record<string, number>;
    contrast: string[];
    impatience: string[];
    /** Bare thanks that close a request as manners ("Thanks.", 谢谢, 辛苦了). */
    courtesy?: string[];
    /** Openers of a request to the agent ("could you", "please", 帮我). */
    requests?: string[];
    /**
     * Words that introduce a quotation of a screen, a button or a letter ("the error says", "I clicked", 提示, 点了):
     * the quote after them is the system's wording, not the customer's feeling and not a scare quote.
     */
    screenQuotes?: string[];
    /**
     * How-to openers that set a condition ("if I", 如果我, 的话): "what happens if I cancel?" asks, but "if it is not
     * fixed by Monday I will call my lawyer" threatens, so their sentence damps a threat only when it asks.
     */
    conditionals?: string[];
    /** "no rush", "not urgent", 不着急: the customer says the message is a calm report; its problem words describe. */
    calm?: string[];
    /**
     * "has been fixed", "refunded", 已经处理了, 修好了: once happened (not negated, wished or asked), the problem words of
     * their clause describe what is over ("漏水的问题物业已经处理了，麻烦帮我把工单关一下").
     */
    resolved?: string[];
    /** A fright told ("吓死我了", "I was panicking"): with thanks or relief in the message, the worry in it is over. */
    scares?: string[];
    /**
     * An expectation gap told as two facts: what was claimed or bought (`claimed`: 详情页写的, 订的是, 说是) and, in a
     * later clause, what was found (`found`: 收到是, 到手, 上课放的是): "详情页写的实木，收到是颗粒板贴皮".
     */
    expectationGap?: { claimed: string[]; found: string[] };
    /** Surprises ("didn't expect", 没想到): praise after them in the sentence makes them pleasant. */
    surprises?: string[];
    sarcasm: string[];
    sarcasmOnly: string[];
    /** Openers of a how-to or hypothetical question: problem words in that sentence describe, they do not complain. */
    inquiry?: string[];
    /** "at first", 本来: the feeling in that clause is over; what follows is how the customer feels now. */
    retrospective?: string[];
    /**
     * "I hope", "I need", "was supposed to": the outcome words after them in the clause ("solved", "fixed") are wanted
     * or were promised, not had; they do not praise, and they are pending for the worry check.
     */
    wish?: string[];
    /** "说好的…呢", "不是说…吗": a clause opened by one of these and closed by 呢/吗 throws a promise back. */
    promiseFrames?: string[];
    /** "不会…吧", "该不会…吧": a clause opened by one of these and closed by 吧 guesses at something feared. */
    worryFrames?: string[];
    /**
     * Negators that open a rhetorical question when their clause ends in 吗 ("这不是坑人吗"). Keep them single
     * negators: a longer key ("这不是") would hide the negator inside it from every other sentence.
     */
    rhetoricalFrames?: string[];
    phraseFillers?: string[];
    blameSubjects?: string[];
    blameVerbs?: string[];
    blameStops?: string[];
    thankedHarm?: ThankedHarm;
    /** One-word replies that are cold when a full stop closes them as the whole message ("fine.", "wow.", "哦。"). */
    coldReplies?: string[];
  };
  flags: Record<Flag, string[]> & { context?: Partial<Record<Flag, string[]>> };
  /** Cues that together read as worry about an outcome (see concern.ts). */
  concern?: Partial<Record<ConcernCue, string[]>>;
  /**
   * Contractions and their long forms ("don't" → "do not"): a key written with one also matches the long form, as
   * formal or machine-translated English writes it.
   */
  contractions?: Record<string, string[]>;
}

export interface EmojiData extends Record<ScoredEmotion, Record<string, number>> {
  sarcasmCues: string[];
  /** Sarcastic where they close a complaint ("…还没修好[微笑]", "…a week late 🙂"). */
  closingSarcasmCues?: string[];
  /** Tears (😭, [流泪]): sadness, unless the rest of the message is happy (relief) or worried. */
  tearCues?: string[];
  /** Folded hands (🙏): a plea next to a worry or a request; on their own or with thanks, thanks. */
  pleaCues?: string[];
}

/** A term added at run time (team lead's custom terms); replaces the built-in weights of the same term. */
export interface ExtraEntry {
  term: string;
  weights?: EmotionWeights;
  flags?: Flag[];
}

function insertWords(root: Map<string, WordNode>, tokens: string[], entry: LexiconEntry): void {
  let level = root;
  let node: WordNode | undefined;
  tokens.forEach((token, i) => {
    node = level.get(token);
    if (!node) {
      node = {};
      level.set(token, node);
    }
    if (i < tokens.length - 1) {
      node.next ??= new Map();
      level = node.next;
    }
  });
  if (node) node.entry = entry;
}

function insertTrie(root: TrieNode, key: string, entry: LexiconEntry): void {
  let node = root;
  for (let i = 0; i < key.length; i++) {
    const code = key.charCodeAt(i);
    let child = node.next.get(code);
    if (!child) {
      child = { next: new Map() };
      node.next.set(code, child);
    }
    node = child;
  }
  node.entry = entry;
}

export interface LexiconSources {
  languages: LanguageData[];
  emoji: EmojiData;
  valence: ReadonlyMap<string, number>;
}

/** Builds the lookup structures once; classifying never touches the raw data again. */
export function compileLexicon(sources: LexiconSources, extras: readonly ExtraEntry[] = []): CompiledLexicon {
  const { entries, fillers, blameSubjects, blameVerbs, blameStops, coldReplies, thankedHarms } = collectEntries(
    sources,
    extras,
  );

  const compiled: CompiledLexicon = {
    words: new Map(),
    chars: { next: new Map() },
    fillers,
    blameSubjects,
    blameVerbs,
    blameStops,
    thankedHarms,
    coldReplies,
  };
  for (const { side, key, entry } of entries) {
    if (side === 'char') insertTrie(compiled.chars, key, entry);
    else insertWords(compiled.words, key.split(' '), entry);
  }
  return compiled;
}
