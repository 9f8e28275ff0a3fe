import { shippedLinter } from '../../support/linter.ts';
import type { LintMessage } from '../../../rules/core/linter.ts';
import development from '../sets/public-bodies.json' with { type: 'json' };
import heldOut from '../sets/public-bodies-heldout.json' with { type: 'json' };
import healthProcedures from '../sets/health-procedures.json' with { type: 'json' };
import type { EvalRow, EvalSection } from '../types.ts';

/**
 * Short texts in the style of Swedish public bodies (issue 14: at most 1 pd- warning or error per 40
 * texts, 0 errors), plus posts that do expose a person, which must still be flagged. The
 * development set is tuned on; the held-out set was written first and is only measured, so the
 * two together show whether a change generalises.
 */

const flagging = new Set(['warning', 'error']);
const lint = (text: string, media: boolean) => shippedLinter.lintPost({ text, channels: [], media: media ? [{ type: 'image' }] : [] }).messages;
const pdAlarms = (messages: LintMessage[]) => messages.filter((message) => message.ruleId.startsWith('pd-') && flagging.has(message.severity));
const personFindings = (messages: LintMessage[]) => messages.filter((message) => /^(?:pd|bild)-/u.test(message.ruleId) && flagging.has(message.severity));
const per40 = (count: number, texts: number) => Math.round((400 * count) / texts) / 10;

interface Measured {
  rows: EvalRow[];
  alarms: string[];
  misses: string[];
}

function measure(label: string, clean: string[], mustFlag: string[], media: boolean): Measured {
  let alarmCount = 0;
  let errors = 0;
  const alarms: string[] = [];
  for (const text of clean) {
    const messages = lint(text, false);
    const found = pdAlarms(messages);
    alarmCount += found.length;
    errors += messages.filter((message) => message.severity === 'error').length;
    for (const message of [...found, ...messages.filter((other) => other.severity === 'error' && !found.includes(other))]) alarms.push(`${message.ruleId}:${message.severity}:"${message.actual}" :: ${text}`);
  }
  const misses = mustFlag.filter((text) => personFindings(lint(text, media)).length === 0);
  const rate = per40(alarmCount, clean.length);
  const recall = mustFlag.length === 0 ? 100 : Math.round((1000 * (mustFlag.length - misses.length)) / mustFlag.length) / 10;
  return {
    rows: [
      { metric: `${label}: clean texts`, value: clean.length },
      { metric: `${label}: pd- warnings and errors per 40 texts`, value: rate, goal: '≤ 1', met: rate <= 1 },
      { metric: `${label}: errors (any rule)`, value: errors, goal: '0', met: errors === 0 },
      { metric: `${label}: exposing posts flagged (%)`, value: recall, goal: media ? '100' : '≥ 97', met: media ? misses.length === 0 : recall >= 97 },
    ],
    alarms,
    misses,
  };
}

const section: EvalSection = {
  name: 'Public bodies: short texts',
  async run() {
    // The development set's true problems are posts with a picture (a named child at an opening), as published.
    const dev = measure('development', development.clean, development.trueProblems, true);
    const held = measure('held-out', heldOut.clean, heldOut.mustFlag, false);
    // Surgery, procedures and aids named with a private person (development set of 3 Dec 2026).
    const procedures = measure('health procedures (development)', healthProcedures.clean, healthProcedures.mustFlag, false);
    if (process.env.EVAL_VERBOSE) {
      for (const [label, measured] of [['development', dev], ['held-out', held], ['health procedures', procedures]] as const) {
        process.stdout.write(`\n${label} alarms:\n${measured.alarms.join('\n')}\n${label} misses:\n${measured.misses.join('\n')}\n`);
      }
    }
    return [...dev.rows, ...held.rows, ...procedures.rows];
  },
};

export default section;
