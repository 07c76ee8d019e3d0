/** The editor kinds insertion knows; anything else editable is treated as plain contenteditable. */
export type EditorKind =
  | 'textarea'
  | 'contenteditable'
  | 'prosemirror'
  | 'ckeditor5'
  | 'summernote'
  | 'lexical'
  | 'draft';

/** How text is put in: the browser's own typing pipeline, or a paste the editor's clipboard handler parses. */
export type Mechanism = 'type' | 'paste' | 'setValue';

interface EditorProfile {
  kind: Exclude<EditorKind, 'textarea' | 'contenteditable'>;
  /** Matched against the editable element the library renders. */
  editable: string;
  /** Tried in order; the next one only when the previous left the editor untouched. */
  mechanisms: readonly Mechanism[];
  /**
   * Whether `type` may carry line breaks. Measured in Chromium: execCommand('insertText') with '\n' leaves Lexical's
   * state holding only the first line, and Draft.js re-renders the block and loses the agent's draft.
   */
  typesLineBreaks: boolean;
}

/**
 * Measured in headless Chromium against each library from npm (tests/fixtures/editors): a synthetic paste with
 * text/plain goes through the editor's own clipboard handler into its model (ProseMirror, CKEditor 5, Lexical,
 * Draft.js call preventDefault and insert, line breaks as paragraphs). CKEditor 5 reverts execCommand('insertText')
 * from the DOM, so paste is its only way. Summernote keeps no model (its `code` is the DOM) and ignores synthetic
 * pastes, so it takes the browser's typing pipeline like a bare contenteditable. A synthetic `beforeinput` is
 * ignored by all of them but CKEditor 5, so it is not used.
 */
export const EDITOR_PROFILES: readonly EditorProfile[] = [
  { kind: 'prosemirror', editable: '.ProseMirror', mechanisms: ['paste', 'type'], typesLineBreaks: true },
  {
    kind: 'ckeditor5',
    editable: '.ck-editor__editable, .ck-content[contenteditable]',
    mechanisms: ['paste'],
    typesLineBreaks: false,
  },
  { kind: 'lexical', editable: '[data-lexical-editor]', mechanisms: ['paste', 'type'], typesLineBreaks: false },
  { kind: 'draft', editable: '.public-DraftEditor-content', mechanisms: ['paste', 'type'], typesLineBreaks: false },
  { kind: 'summernote', editable: '.note-editable', mechanisms: ['type', 'paste'], typesLineBreaks: true },
];

const PLAIN_CONTENTEDITABLE = { mechanisms: ['type', 'paste'], typesLineBreaks: true } as const;
const TEXT_FIELD = { mechanisms: ['type', 'setValue'], typesLineBreaks: true } as const;

// By tag name, not instanceof: an editor in a same-origin iframe has elements of another realm.
export function isTextField(el: Element): el is HTMLTextAreaElement | HTMLInputElement {
  return el.localName === 'textarea' || el.localName === 'input';
}

export function editorKindOf(editable: HTMLElement): EditorKind {
  if (isTextField(editable)) return 'textarea';
  return EDITOR_PROFILES.find((p) => editable.matches(p.editable))?.kind ?? 'contenteditable';
}

export function profileOf(kind: EditorKind): Pick<EditorProfile, 'mechanisms' | 'typesLineBreaks'> {
  if (kind === 'textarea') return TEXT_FIELD;
  return EDITOR_PROFILES.find((p) => p.kind === kind) ?? PLAIN_CONTENTEDITABLE;
}
