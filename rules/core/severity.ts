import type { Severity } from './types.ts';

const order: Severity[] = ['info', 'warning', 'error'];

/** Moves a severity up (positive) or down (negative) the scale, staying on it. */
export function shiftSeverity(severity: Severity, steps: number): Severity {
  const index = Math.min(order.length - 1, Math.max(0, order.indexOf(severity) + steps));
  return order[index]!;
}

export function severityRank(severity: Severity): number {
  return order.indexOf(severity);
}
