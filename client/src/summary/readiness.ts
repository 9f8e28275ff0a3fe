import type { LintMessage } from '../../../rules/api/schemas.ts';

/** A finding as the summary needs it: an id the page can open, and the message. */
export interface SummaryFinding {
  id: string;
  message: Pick<LintMessage, 'severity' | 'message' | 'actual' | 'channel' | 'ruleId'>;
}

export interface ChannelReadiness {
  id: string;
  name: string;
  ready: boolean;
  errors: SummaryFinding[];
  warnings: SummaryFinding[];
}

/**
 * Whether the post can go out on each chosen channel. A finding without a channel is about the post
 * itself and so concerns every channel; one with a channel concerns that channel only. Errors block,
 * warnings are worth a look and never block, tips are left to the findings list.
 */
export function readinessOf(channels: ReadonlyArray<{ id: string; name: string }>, findings: readonly SummaryFinding[]): ChannelReadiness[] {
  return channels.map((channel) => {
    const concerns = findings.filter((finding) => finding.message.channel === undefined || finding.message.channel === channel.id);
    const errors = concerns.filter((finding) => finding.message.severity === 'error');
    const warnings = concerns.filter((finding) => finding.message.severity === 'warning');
    return { id: channel.id, name: channel.name, ready: errors.length === 0, errors, warnings };
  });
}
