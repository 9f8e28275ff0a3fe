import { useEffect, useState } from 'react';
import { ApiFailure } from '../api/client.ts';
import type { LintRequest, LintResponse } from '../../../rules/api/schemas.ts';
import { lintOnce } from './lintQueue.ts';

export type LintState = { status: 'idle' } | { status: 'loading' } | { status: 'error'; message: string } | { status: 'done'; result: LintResponse };

/** The linter's real findings for a text, fetched when `input` is given (null: not needed yet). */
export function useLint(input: LintRequest | null, urgent = false): LintState {
  const key = input ? JSON.stringify(input) : null;
  const [state, setState] = useState<{ key: string | null; value: LintState }>({ key: null, value: { status: 'idle' } });
  useEffect(() => {
    if (!input || !key) return;
    let live = true;
    setState((old) => (old.key === key ? old : { key, value: { status: 'loading' } }));
    lintOnce(input, urgent).then(
      (result) => live && setState({ key, value: { status: 'done', result } }),
      (error: unknown) =>
        live &&
        setState({
          key,
          value: { status: 'error', message: error instanceof ApiFailure ? error.message : 'Exemplet kunde inte granskas just nu.' },
        }),
    );
    return () => {
      live = false;
    };
    // The key stands for the input.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key, urgent]);
  if (!key) return { status: 'idle' };
  return state.key === key ? state.value : { status: 'loading' };
}
