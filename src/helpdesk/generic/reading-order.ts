/** Messages at each end of the list whose times are compared: enough to see the order, cheap on long lists. */
export const ORDER_SAMPLE = 20;

/**
 * Whether a list shows its newest message first (FreeScout-style threads, `flex-direction: column-reverse`
 * chats). Where the agent's own sent message landed decides; before that, the times messages show; last, the
 * list's layout direction.
 */
export function isNewestFirst(times: readonly (number | undefined)[], list: Element, learned?: boolean): boolean {
  if (learned !== undefined) return learned;
  let rising = 0;
  let falling = 0;
  let previous: number | undefined;
  for (const time of times) {
    if (time === undefined) continue;
    if (previous !== undefined && time !== previous) time > previous ? rising++ : falling++;
    previous = time;
  }
  if (rising !== falling) return falling > rising;
  const view = list.ownerDocument.defaultView;
  return view?.getComputedStyle(list).flexDirection === 'column-reverse';
}
