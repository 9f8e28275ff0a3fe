import type { VFile } from 'vfile';
import type { Category, RuleSettings, Severity } from './types.ts';
import { contextOf } from './context.ts';
import { shiftSeverity } from './severity.ts';

export interface Finding {
  start: number;
  end: number;
  message: string;
  /** Replacements for text.slice(start, end); empty when no mechanical fix exists. */
  expected?: string[];
  /** For channel rules: the channel the finding is about. */
  channel?: string;
  /** Steps up (+) or down (−) from the rule's configured severity, for the catalog's escalations. */
  shift?: number;
}

declare module 'vfile-message' {
  interface VFileMessage {
    severity?: Severity;
    category?: Category;
    channel?: string;
  }
}

export const ruleUrl = (id: string) => `/regler/${id}`;

// A template split once into literal text (even indexes) and placeholder names (odd indexes).
const compiledTemplates = new Map<string, string[]>();
const maxCompiledTemplates = 1_000;

function compileTemplate(template: string): string[] {
  let parts = compiledTemplates.get(template);
  if (!parts) {
    parts = template.split(/\{([^{}]+)\}/);
    // Templates are the rules' own strings; the bound only guards against a rule that builds them from input.
    if (compiledTemplates.size >= maxCompiledTemplates) compiledTemplates.clear();
    compiledTemplates.set(template, parts);
  }
  return parts;
}

/** Fills {name} placeholders in a message template; an unknown name stays as written. */
export function format(template: string, values: Record<string, string | number>): string {
  const parts = compileTemplate(template);
  let result = parts[0]!;
  for (let index = 1; index < parts.length; index += 2) {
    const name = parts[index]!;
    result += (name in values ? String(values[name]) : `{${name}}`) + parts[index + 1]!;
  }
  return result;
}

/**
 * The one place a rule turns a finding into a vfile message. Quoted material lowers the
 * severity one step, except for personal data, which keeps its severity (rules.md §2).
 */
export function report(file: VFile, settings: RuleSettings, finding: Finding): void {
  const context = contextOf(file);
  const { meta } = settings;
  const quoted = meta.category !== 'personal-data' && finding.end > finding.start && context.isQuoted(finding.start, finding.end);
  const severity = shiftSeverity(settings.severity, (finding.shift ?? 0) - (quoted ? 1 : 0));
  // A vfile message is an Error; its stack trace is never read here and is the costliest part.
  const stackTraceLimit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  const message = file.message(finding.message, {
    place: { start: context.point(finding.start), end: context.point(finding.end) },
    ruleId: meta.id,
    source: 'postkoll',
  });
  Error.stackTraceLimit = stackTraceLimit;
  message.actual = context.text.slice(finding.start, finding.end);
  message.expected = finding.expected ?? [];
  message.url = ruleUrl(meta.id);
  message.severity = severity;
  message.category = meta.category;
  message.fatal = severity === 'error' ? true : severity === 'warning' ? false : undefined;
  if (finding.channel) message.channel = finding.channel;
}
