import type { HelpdeskAdapter } from '../helpdesk/adapter';
import { deriveSelectors, type TaughtSelectors } from '../helpdesk/teach/derive-selectors';
import { taughtAdapter } from '../helpdesk/teach/taught-adapter';

export interface PickerText {
  pickCustomer: string;
  pickAgent: string;
  result(customers: number, agents: number): string;
  failed: string;
  save: string;
  retry: string;
  cancel: string;
}

interface PickerCallbacks {
  text: PickerText;
  onSave(selectors: TaughtSelectors): void;
}

const STYLE = `
  :host { all: initial; }
  .bar { position: fixed; z-index: 2147483647; top: 12px; left: 50%; transform: translateX(-50%); max-width: 90vw;
    display: flex; gap: 10px; align-items: center; padding: 10px 14px; border-radius: 8px; background: #1b2330;
    color: #fff; font: 14px/1.4 system-ui, "Noto Sans CJK SC", sans-serif; box-shadow: 0 4px 16px rgb(0 0 0 / 0.3); }
  button { font: inherit; border: 1px solid #8aa4c2; background: #1f5f9e; color: #fff; border-radius: 5px; padding: 3px 10px; cursor: pointer; }
  button.secondary { background: transparent; }
  .outline { position: fixed; z-index: 2147483646; pointer-events: none; border: 2px solid #f5b95f; border-radius: 4px;
    background: rgb(245 185 95 / 0.15); }
`;

/**
 * The "teach this page" picker: the agent clicks one customer message, then one of their own; clicks are
 * swallowed so the page does not act on them. Its UI sits in a shadow root so page styles cannot reach it.
 */
export function startTeachPicker(doc: Document, { text, onSave }: PickerCallbacks): () => void {
  const host = doc.createElement('calmdesk-picker');
  const shadow = host.attachShadow({ mode: 'open' });
  const style = doc.createElement('style');
  style.textContent = STYLE;
  const bar = doc.createElement('div');
  bar.className = 'bar';
  bar.setAttribute('role', 'dialog');
  const outline = doc.createElement('div');
  outline.className = 'outline';
  shadow.append(style, outline, bar);
  doc.documentElement.append(host);

  let customer: Element | null = null;
  let finished = false;

  const button = (label: string, onClick: () => void, secondary = false) => {
    const b = doc.createElement('button');
    b.textContent = label;
    if (secondary) b.className = 'secondary';
    b.addEventListener('click', onClick);
    return b;
  };
  const say = (message: string, ...buttons: HTMLButtonElement[]) => {
    const span = doc.createElement('span');
    span.textContent = message;
    bar.replaceChildren(span, ...buttons, button(text.cancel, stop, true));
  };

  const onMove = (event: MouseEvent) => {
    const target = event.target as Element | null;
    if (finished || !target || target === host) return;
    const box = target.getBoundingClientRect();
    Object.assign(outline.style, {
      left: `${box.left}px`,
      top: `${box.top}px`,
      width: `${box.width}px`,
      height: `${box.height}px`,
    });
  };

  const onClick = (event: MouseEvent) => {
    const target = event.target as Element | null;
    if (finished || !target || target === host) return;
    event.preventDefault();
    event.stopPropagation();
    if (!customer) {
      customer = target;
      say(text.pickAgent);
      return;
    }
    finish(deriveSelectors(customer, target));
  };

  function finish(result: ReturnType<typeof deriveSelectors>) {
    finished = true;
    outline.style.display = 'none';
    if (!result.ok) return say(text.failed, button(text.retry, retry));
    const counts = countRoles(taughtAdapter(doc.location.origin, result.selectors), doc);
    say(
      text.result(counts.customer, counts.agent),
      button(text.save, () => {
        onSave(result.selectors);
        stop();
      }),
      button(text.retry, retry, true),
    );
  }

  function retry() {
    customer = null;
    finished = false;
    outline.style.display = '';
    say(text.pickCustomer);
  }

  const onKey = (event: KeyboardEvent) => event.key === 'Escape' && stop();
  doc.addEventListener('mousemove', onMove, true);
  doc.addEventListener('click', onClick, true);
  doc.addEventListener('keydown', onKey, true);
  say(text.pickCustomer);

  function stop() {
    doc.removeEventListener('mousemove', onMove, true);
    doc.removeEventListener('click', onClick, true);
    doc.removeEventListener('keydown', onKey, true);
    host.remove();
  }
  return stop;
}

function countRoles(adapter: HelpdeskAdapter, doc: Document) {
  const conversation = adapter.conversation(doc);
  const messages = conversation ? adapter.messages(conversation) : [];
  return {
    customer: messages.filter((m) => m.role === 'customer').length,
    agent: messages.filter((m) => m.role === 'agent').length,
  };
}
