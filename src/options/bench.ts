import { customerLocale } from '../conversation/customer-locale';
import { type Classifier, conversationEmotion } from '../emotion';
import type { ConversationEmotion, MessageEmotion } from '../emotion/types';
import { rankSuggestions, type SuggestionResult } from '../phrasebook/rank';
import type { Locale, Phrasebook } from '../phrasebook/schema';
import { detectTopics } from '../phrasebook/topics';

export interface BenchLine {
  role: 'customer' | 'agent';
  text: string;
}

/** "客服：…" / "Agent: …" lines are the agent's; "客户：…" / "Customer: …" and unmarked lines the customer's. */
const AGENT_PREFIX = /^\s*(?:agent|a|客服|坐席)\s*[:：]\s*/i;
const CUSTOMER_PREFIX = /^\s*(?:customer|c|客户|顾客)\s*[:：]\s*/i;
/** A pasted conversation longer than this is not a test of a moment; the latest lines are what count. */
export const MAX_BENCH_LINES = 50;

export function parseConversation(text: string): BenchLine[] {
  const lines: BenchLine[] = [];
  for (const line of text.split(/\r?\n/)) {
    if (line.trim() === '') continue;
    if (AGENT_PREFIX.test(line)) lines.push({ role: 'agent', text: line.replace(AGENT_PREFIX, '').trim() });
    else lines.push({ role: 'customer', text: line.replace(CUSTOMER_PREFIX, '').trim() });
  }
  return lines.filter((line) => line.text !== '').slice(-MAX_BENCH_LINES);
}

export interface BenchInput {
  text: string;
  classifier: Classifier;
  phrasebooks: readonly Phrasebook[];
  industry: string | null;
  /** null answers in the customer's language, as the panel does. */
  locale: Locale | null;
  fallbackLocale: Locale;
}

export interface BenchResult {
  customer: { text: string; result: MessageEmotion }[];
  conversation: ConversationEmotion;
  locale: Locale;
  suggestions: SuggestionResult;
}

/** What an agent would see in the panel for this conversation, with these phrasebooks and terms. */
export function runBench(input: BenchInput): BenchResult | null {
  const lines = parseConversation(input.text);
  const customer = lines
    .filter((line) => line.role === 'customer')
    .map((line) => ({ text: line.text, result: input.classifier.classifyMessage(line.text) }));
  if (customer.length === 0) return null;
  const conversation = conversationEmotion(customer.map((message) => message.result));
  const locale =
    input.locale ??
    customerLocale(
      customer.map((message) => message.result.lang),
      input.fallbackLocale,
    );
  const suggestions = rankSuggestions(input.phrasebooks, {
    emotion: conversation.emotion,
    intensity: conversation.intensity,
    trend: conversation.trend,
    flags: conversation.flags,
    customerMessageCount: customer.length,
    agentMessageCount: lines.filter((line) => line.role === 'agent').length,
    locale,
    sentTexts: lines.filter((line) => line.role === 'agent').map((line) => line.text),
    topics: detectTopics(customer.map((message) => message.text)),
    ...(input.industry ? { industry: input.industry } : {}),
  });
  return { customer, conversation, locale, suggestions };
}
