import type { ReactNode } from 'react';
import type { LintMessage } from '../../../rules/api/schemas.ts';

const rank = { error: 3, warning: 2, info: 1 } as const;

/**
 * The text with every finding marked. Overlapping findings split the text into segments; each
 * segment takes the strongest severity covering it. `active` is the finding being talked about.
 */
export function HighlightedText({ text, messages, active }: { text: string; messages: LintMessage[]; active?: LintMessage | null }) {
  const spans = messages.filter((message) => message.end > message.start);
  const cuts = new Set([0, text.length]);
  for (const message of spans) {
    cuts.add(Math.max(0, Math.min(text.length, message.start)));
    cuts.add(Math.max(0, Math.min(text.length, message.end)));
  }
  const caretAt = active && active.start === active.end && active.start > 0 ? Math.min(active.start, text.length) : -1;
  if (caretAt >= 0) cuts.add(caretAt);
  const points = [...cuts].sort((a, b) => a - b);
  const parts: ReactNode[] = [];
  for (let i = 0; i < points.length - 1; i += 1) {
    const from = points[i]!;
    const to = points[i + 1]!;
    if (from === caretAt) parts.push(<span key={`caret-${from}`} className="hl-caret is-active" aria-hidden="true" />);
    if (from === to) continue;
    const slice = text.slice(from, to);
    const covering = spans.filter((message) => message.start < to && message.end > from);
    if (covering.length === 0) {
      parts.push(active ? <span key={from} className="is-dim">{slice}</span> : slice);
      continue;
    }
    const strongest = covering.reduce((a, b) => (rank[b.severity] > rank[a.severity] ? b : a));
    const isActive = active ? covering.includes(active) : false;
    const className = ['hl', `hl-${strongest.severity}`, isActive ? 'is-active' : active ? 'is-dim' : ''].filter(Boolean).join(' ');
    parts.push(
      <mark key={from} className={className} data-rules={[...new Set(covering.map((message) => message.ruleId))].join(' ')}>
        {slice}
      </mark>,
    );
  }
  if (caretAt === text.length) parts.push(<span key="caret-end" className="hl-caret is-active" aria-hidden="true" />);
  return <>{parts}</>;
}
