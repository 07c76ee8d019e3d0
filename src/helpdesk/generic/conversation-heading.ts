const HEADING = 'h1, h2, h3, h4, [role="heading"]';
/** How far above the list to look for the conversation's title bar. */
const MAX_LEVELS = 4;
const MAX_HEADING_LENGTH = 80;

function firstShortText(root: Element): string {
  const walker = root.ownerDocument.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = (node.nodeValue ?? '').replace(/\s+/g, ' ').trim();
    if (text.length > 1 && !node.parentElement?.closest('button, [role="button"], time, style, script')) return text;
  }
  return '';
}

function precedingSiblings(el: Element): Element[] {
  const out: Element[] = [];
  for (let s = el.previousElementSibling; s; s = s.previousElementSibling) out.push(s);
  return out;
}

/**
 * The title of the open conversation: a heading in the list's neighbourhood, or else the first text of the bars
 * above it (kits render the customer's name there without a heading element).
 */
export function conversationHeading(list: Element): string {
  let branch = list;
  for (let level = 0; level < MAX_LEVELS; level++) {
    const before = precedingSiblings(branch);
    for (const sibling of before) {
      const heading = sibling.matches(HEADING) ? sibling : sibling.querySelector(HEADING);
      const text = heading ? firstShortText(heading) : '';
      if (text) return text.slice(0, MAX_HEADING_LENGTH);
    }
    for (const sibling of before) {
      const text = firstShortText(sibling);
      if (text) return text.slice(0, MAX_HEADING_LENGTH);
    }
    if (!branch.parentElement) break;
    branch = branch.parentElement;
  }
  return '';
}

/** The conversation is the page address (path and hash routes) plus the title shown above its messages. */
export function conversationIdOf(location: Location, heading: string): string {
  return `${location.pathname}${location.search}${location.hash}|${heading}`;
}
