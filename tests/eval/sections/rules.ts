import set from '../sets/municipal-posts.json' with { type: 'json' };
import type { MediaItem } from '../../../rules/core/types.ts';
import { registry } from '../../../rules/registry.ts';
import { clean, crimePrevention, firing, sensitiveTopicsWithoutPerson, socialServicesInGeneral } from '../../rules/personal-data-posts.ts';
import { defaultLinter } from '../../support/linter.ts';
import type { EvalRow, EvalSection } from '../types.ts';

// Recall and false-alarm rate per rule on hand-written municipal posts (tests/eval/sets/municipal-posts.json)
// and on the labelled personal-data posts and traps the rule tests use (tests/rules/personal-data-posts.ts).
// Goals from issue 14: recall ≥ 0.95 on pd- and bild- findings, ≥ 0.90 on the rest, ≤ 5 % false positives
// on traps (counted per trap post and named rule). A positive with a labelled `actual` counts only when
// the rule flags exactly that text.

interface Post {
  text: string;
  channels?: string[];
  media?: MediaItem[];
}
interface Expected extends Post {
  rule: string;
  /** The flagged text, where the label gives it. */
  actual?: string;
}
interface Trap extends Post {
  silent: string[];
}

const personalRules = registry.map((rule) => rule.meta.id).filter((id) => /^(pd|bild)-/.test(id));
const isPersonal = (rule: string) => /^(pd|bild)-/.test(rule);

const expected: Expected[] = [
  ...set.posts.flatMap((post) => post.fire.map((rule) => ({ ...(post as Post), rule }))),
  ...firing.map(({ text, rule, actual, media }) => ({ text, rule, actual, media })),
];
const traps: Trap[] = [
  ...(set.traps as Trap[]),
  ...[...clean, ...[...sensitiveTopicsWithoutPerson, ...crimePrevention, ...socialServicesInGeneral].map((text) => ({ text }))].map((post) => ({ ...post, silent: personalRules })),
];

const known = new Set(registry.map((rule) => rule.meta.id));
const unknown = [...expected.map((item) => item.rule), ...traps.flatMap((trap) => trap.silent)].filter((id) => !known.has(id));
if (unknown.length > 0) throw new Error(`Labels name rules that do not exist: ${[...new Set(unknown)].join(', ')}`);

const lint = (post: Post) => defaultLinter.lintPost({ text: post.text, channels: post.channels ?? ['facebook'], media: post.media ?? [] }).messages;

/** Per rule: labelled positives found, and trap posts naming the rule on which it fired anyway. */
export function ruleResults() {
  const hits = expected.map((item) => ({
    ...item,
    found: lint(item).some((message) => message.ruleId === item.rule && (item.actual === undefined || message.actual === item.actual)),
  }));
  const alarms = traps.flatMap((trap) => {
    const fired = new Set(lint(trap).map((message) => message.ruleId));
    return trap.silent.map((rule) => ({ text: trap.text, rule, fired: fired.has(rule) }));
  });
  const rules = [...new Set([...hits.map((item) => item.rule), ...alarms.map((item) => item.rule)])].sort();
  return {
    hits,
    alarms,
    perRule: rules.map((rule) => {
      const positives = hits.filter((item) => item.rule === rule);
      const trapped = alarms.filter((item) => item.rule === rule);
      return {
        rule,
        positives: positives.length,
        found: positives.filter((item) => item.found).length,
        traps: trapped.length,
        falseAlarms: trapped.filter((item) => item.fired).length,
      };
    }),
  };
}

const ratio = (part: number, whole: number) => (whole === 0 ? '–' : (part / whole).toFixed(2));
const percent = (part: number, whole: number) => (whole === 0 ? '–' : `${((part / whole) * 100).toFixed(1)} %`);
const short = (text: string) => (text.length > 40 ? `${text.slice(0, 40)}…` : text);

const section: EvalSection = {
  name: 'Regler: träffsäkerhet och falsklarm per regel (kommunala inlägg)',
  async run() {
    const { hits, alarms, perRule } = ruleResults();
    const rows: EvalRow[] = perRule.map((rule) => {
      const recallGoal = isPersonal(rule.rule) ? 0.95 : 0.9;
      const recallMet = rule.positives === 0 || rule.found / rule.positives >= recallGoal;
      const alarmMet = rule.traps === 0 || rule.falseAlarms / rule.traps <= 0.05;
      return {
        metric: rule.rule,
        value: `positives ${rule.positives}, recall ${ratio(rule.found, rule.positives)}; traps ${rule.traps}, false alarms ${percent(rule.falseAlarms, rule.traps)}`,
        goal: `recall ≥ ${recallGoal.toFixed(2)}, false alarms ≤ 5 %`,
        met: recallMet && alarmMet,
      };
    });
    const personal = hits.filter((item) => isPersonal(item.rule));
    const rest = hits.filter((item) => !isPersonal(item.rule));
    const personalRecall = personal.filter((item) => item.found).length / personal.length;
    const restRecall = rest.filter((item) => item.found).length / rest.length;
    const falseAlarms = alarms.filter((item) => item.fired).length;
    const trapPosts = new Set(alarms.map((item) => item.text)).size;
    const trapPostsHit = new Set(alarms.filter((item) => item.fired).map((item) => item.text)).size;
    rows.push(
      { metric: `rules below goal (of ${perRule.length})`, value: rows.filter((row) => row.met === false).length },
      { metric: `pd- and bild- recall (${personal.length} positives)`, value: personalRecall, goal: '≥ 0.95', met: personalRecall >= 0.95 },
      { metric: `other rules' recall (${rest.length} positives)`, value: restRecall, goal: '≥ 0.90', met: restRecall >= 0.9 },
      {
        metric: `false alarms on traps (${alarms.length} trap × rule)`,
        value: percent(falseAlarms, alarms.length),
        goal: '≤ 5 %',
        met: falseAlarms / alarms.length <= 0.05,
      },
      { metric: `trap posts with a false alarm (of ${trapPosts})`, value: trapPostsHit },
      { metric: 'missed', value: hits.filter((item) => !item.found).map((item) => `${item.rule}: ${short(item.text)}`).join(' | ') || '–' },
      { metric: 'false alarms', value: alarms.filter((item) => item.fired).map((item) => `${item.rule}: ${short(item.text)}`).join(' | ') || '–' },
    );
    return rows;
  },
};

export default section;
