import { useEffect, useState } from 'react';
import { ApiFailure, lint } from '../api/client.ts';
import type { LintRequest, LintResponse } from '../../../rules/api/schemas.ts';

export interface LiveLint {
  /** The latest answer and the request it belongs to (possibly for an older text while `pending`). */
  latest: { input: LintRequest; result: LintResponse } | null;
  /** True while the text on screen has not been checked yet. */
  pending: boolean;
  error: string | null;
}

/**
 * Lints as the user types: waits `delay` ms after the last change, cancels the older request, and
 * never lets an answer for an older text replace a newer one. `null` pauses it.
 */
export function useLiveLint(input: LintRequest | null, delay = 250): LiveLint {
  const key = input ? JSON.stringify(input) : null;
  const [state, setState] = useState<{ key: string | null; latest: LiveLint['latest']; error: string | null }>({ key: null, latest: null, error: null });
  useEffect(() => {
    if (!input || !key) return;
    const controller = new AbortController();
    const timer = setTimeout(() => {
      lint(input, controller.signal).then(
        (result) => {
          if (!controller.signal.aborted) setState({ key, latest: { input, result }, error: null });
        },
        (error: unknown) => {
          if (controller.signal.aborted) return;
          setState((old) => ({ ...old, key, error: error instanceof ApiFailure ? error.message : 'Texten kunde inte granskas just nu.' }));
        },
      );
    }, delay);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
    // The key stands for the input.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key, delay]);
  return { latest: state.latest, pending: key !== null && state.key !== key, error: state.key === key ? state.error : null };
}
