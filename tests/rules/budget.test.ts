/**
 * The findings budget (rules/core/report.ts): at most N findings per rule and post, then one summary.
 * A rule that may find thousands of the same thing ("Ni " × 6,667) hands report a function, and
 * those past the budget are counted without being built.
 */
import { VFile } from 'vfile';
import { describe, expect, test } from 'vitest';
import { FindingBudget, type Finding } from '../../rules/core/report.ts';
import type { RuleSettings } from '../../rules/core/types.ts';

describe('FindingBudget', () => {
  test('admits the first N of a rule, and builds only the first one left out (for the summary)', () => {
    const budget = new FindingBudget(2);
    const settings = { meta: { id: 'ton-du-tilltal-ni' } } as RuleSettings;
    const other = { meta: { id: 'klar-datum' } } as RuleSettings;
    const file = new VFile('Ni Ni Ni Ni Ni');
    const built: number[] = [];
    const finding = (start: number) => (): Finding => (built.push(start), { start, end: start + 2, message: 'Skriv du.' });
    const admitted = [0, 3, 6, 9, 12].map((start) => budget.admit(file, settings, finding(start)));
    expect(admitted).toEqual([true, true, false, false, false]);
    // Admitted ones are built by report when emitted; of the three left out only the first, where the summary goes.
    expect(built).toEqual([6]);
    // The budget is per rule.
    expect(budget.admit(file, other, finding(0))).toBe(true);
  });
});
