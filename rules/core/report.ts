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
 * How many findings each rule may report for one post (its text and alt texts together). The rest
 * become one summary finding at the first one left out: 20,000 characters of "Ni " would otherwise
 * answer with 6,674 findings and 2 MB of JSON, which no one reads and every layer pays for.
 */
export class FindingBudget {
  private readonly shown = new Map<string, number>();
  private readonly omitted = new Map<string, { count: number; file: VFile; settings: RuleSettings; finding: Finding }>();

  constructor(readonly maxPerRule: number) {}

  /** Whether the finding may be reported; counts it as left out when not (built only if it is the first left out). */
  admit(file: VFile, settings: RuleSettings, finding: Finding | (() => Finding)): boolean {
    const id = settings.meta.id;
    const shown = this.shown.get(id) ?? 0;
    if (shown < this.maxPerRule) {
      this.shown.set(id, shown + 1);
      return true;
    }
    const omitted = this.omitted.get(id);
    if (omitted) omitted.count++;
    else this.omitted.set(id, { count: 1, file, settings, finding: typeof finding === 'function' ? finding() : finding });
    return false;
  }

  /** One finding per rule that had findings left out, at the first of them: "och 6 624 till av samma slag". */
  reportOmitted(): void {
    for (const { count, file, settings, finding } of this.omitted.values()) {
      const summary = `Och ${count.toLocaleString('sv-SE')} till av samma slag, som inte visas en och en. ${finding.message}`;
      emit(file, settings, { ...finding, message: summary, expected: [] });
    }
    this.omitted.clear();
  }
}

const budgetKey = 'postkollBudget';

export function attachBudget(file: VFile, budget: FindingBudget): void {
  (file.data as Record<string, unknown>)[budgetKey] = budget;
}

/**
 * The one place a rule turns a finding into a vfile message. Quoted material lowers the
 * severity one step, except for personal data, which keeps its severity (rules.md §2).
 * Past the post's budget for the rule the finding is only counted (FindingBudget). A rule that can
 * find thousands of the same thing passes a function that builds the finding, so that those past
 * the budget are never built: "Ni " × 6,667 made 6,617 messages and fixes only to count them.
 */
export function report(file: VFile, settings: RuleSettings, finding: Finding | (() => Finding)): void {
  const budget = (file.data as Record<string, unknown>)[budgetKey] as FindingBudget | undefined;
  if (budget && !budget.admit(file, settings, finding)) return;
  emit(file, settings, typeof finding === 'function' ? finding() : finding);
}

function emit(file: VFile, settings: RuleSettings, finding: Finding): void {
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
