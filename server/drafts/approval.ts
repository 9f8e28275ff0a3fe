import type { DraftFinding } from '../../rules/api/drafts.ts';
import { ApiError } from '../errors.ts';

// The approval gate (design.md): a version cannot be approved while any error-level finding in it is
// neither fixed nor accepted as a deviation. Warnings and tips never block.

/** The version's error-level findings that no accepted deviation silences. */
export const unresolvedErrors = (findings: readonly DraftFinding[]) => findings.filter((finding) => finding.severity === 'error' && finding.deviationId === undefined);

/** Refuses an approval of `version` with 409 `unresolved_errors`, listing what stands in its way. */
export function assertApprovable(version: number, findings: readonly DraftFinding[]): void {
  const unresolved = unresolvedErrors(findings);
  if (unresolved.length === 0) return;
  const count = unresolved.length === 1 ? 'ett fel' : `${unresolved.length} fel`;
  throw new ApiError(
    'unresolved_errors',
    `Version ${version} kan inte godkännas än: ${count} är varken åtgärdat eller godtaget som avvikelse. Begär ändringar, eller godta felet som avvikelse med en motivering.`,
    undefined,
    {
      version,
      unresolved: unresolved.map(({ ruleId, message, start, end, actual, field, channel }) => ({
        ruleId,
        message,
        start,
        end,
        actual,
        ...(field !== undefined ? { field } : {}),
        ...(channel !== undefined ? { channel } : {}),
      })),
    },
  );
}

