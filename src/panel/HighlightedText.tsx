import type { Evidence } from '../emotion/types';

interface Segment {
  text: string;
  evidence?: Evidence;
}

/** Splits text at evidence spans; overlapping spans keep the first (strongest-listed) one. */
export function segmentsOf(text: string, evidence: Evidence[]): Segment[] {
  const spans = evidence
    .filter((e) => e.end > e.start && e.start >= 0 && e.end <= text.length)
    .sort((a, b) => a.start - b.start || b.end - a.end);
  const segments: Segment[] = [];
  let at = 0;
  for (const span of spans) {
    if (span.start < at) continue;
    if (span.start > at) segments.push({ text: text.slice(at, span.start) });
    segments.push({ text: text.slice(span.start, span.end), evidence: span });
    at = span.end;
  }
  if (at < text.length) segments.push({ text: text.slice(at) });
  return segments;
}

/** Page text is rendered as text nodes only; evidence becomes <mark> around the matched characters. */
export function HighlightedText({ text, evidence }: { text: string; evidence: Evidence[] }) {
  return (
    <>
      {segmentsOf(text, evidence).map((segment, i) =>
        segment.evidence ? (
          <mark
            // biome-ignore lint/suspicious/noArrayIndexKey: segments are positional by nature
            key={i}
            class={`evidence evidence--${segment.evidence.emotion ?? segment.evidence.flag ?? 'signal'}`}
            data-testid="evidence"
            data-rule={segment.evidence.rule}
            title={segment.evidence.rule}
          >
            {segment.text}
          </mark>
        ) : (
          segment.text
        ),
      )}
    </>
  );
}
