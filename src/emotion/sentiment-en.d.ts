/** `sentiment`'s English language module (CommonJS): its AFINN-165 labels object is shared and mutable. */
declare module 'sentiment/languages/en/index.js' {
  const language: { labels: Record<string, number> };
  export default language;
}
