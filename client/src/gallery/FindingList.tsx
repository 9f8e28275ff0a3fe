import { Link } from 'react-router';
import type { LintMessage, RuleInfo } from '../../../rules/api/schemas.ts';
import type { Channel } from '../../../rules/profile/schema.ts';
import { SeverityBadge } from '../rules/SeverityBadge.tsx';
import { placeOf } from '../rules/labels.ts';

interface Props {
  messages: LintMessage[];
  rulesById: Map<string, RuleInfo>;
  channelsById: Map<string, Channel>;
  /** The rule the example belongs to; its findings are marked as the point of the example. */
  focusRuleId?: string;
}

/** Every finding in words: severity, message, the flagged passage, the fix and the rule behind it. */
export function FindingList({ messages, rulesById, channelsById, focusRuleId }: Props) {
  return (
    <ol className="fl-list">
      {messages.map((message, index) => {
        const rule = rulesById.get(message.ruleId);
        const where = [
          message.actual && message.end > message.start ? `”${message.actual}”` : undefined,
          message.channel ? (channelsById.get(message.channel)?.name ?? message.channel) : undefined,
          placeOf(message),
        ].filter(Boolean);
        return (
          <li key={`${message.ruleId}-${message.field ?? ''}-${message.start}-${message.channel ?? ''}-${index}`} className="fl-item" data-rule-id={message.ruleId}>
            <SeverityBadge severity={message.severity} />{' '}
            <span className="fl-message">{message.message}</span>
            <span className="fl-meta">
              {where.length > 0 && <span className="fl-where">{where.join(' · ')}</span>}
              {message.expected[0] !== undefined && <span className="fl-fix">Förslag: ”{message.expected[0]}”</span>}
              {message.ruleId === focusRuleId ? (
                <span className="fl-focus">Regeln i exemplet</span>
              ) : (
                <Link to={message.url}>Om regeln{rule ? `: ${rule.title}` : ''}</Link>
              )}
            </span>
          </li>
        );
      })}
    </ol>
  );
}
