import type { Lang } from '../emotion/types';

export type ReplyLocale = 'zh-CN' | 'en';

/**
 * Reply in the language of the customer's latest message. Mixed messages count as Chinese: in chat they are
 * mostly Chinese sentences with English product words ("app 又闪退了").
 */
export function customerLocale(langs: Lang[], fallback: ReplyLocale): ReplyLocale {
  const latest = langs.at(-1);
  if (!latest) return fallback;
  return latest === 'en' ? 'en' : 'zh-CN';
}
