import { useEffect, useState } from 'react';
import { ApiFailure, getChannels, getRules } from '../api/client.ts';
import type { RuleInfo } from '../../../rules/api/schemas.ts';
import type { Channel } from '../../../rules/profile/schema.ts';

export type Loaded<T> = { status: 'loading' } | { status: 'error'; message: string } | { status: 'done'; data: T };

const failureText = (error: unknown) => (error instanceof ApiFailure ? error.message : 'Något gick fel när sidan hämtade reglerna. Ladda om sidan och försök igen.');

/** Loads anything once when the component mounts, with a Swedish message on failure. */
export function useLoaded<T>(load: () => Promise<T>, deps: unknown[] = []): Loaded<T> {
  const [state, setState] = useState<Loaded<T>>({ status: 'loading' });
  useEffect(() => {
    let live = true;
    setState({ status: 'loading' });
    load().then(
      (data) => live && setState({ status: 'done', data }),
      (error: unknown) => live && setState({ status: 'error', message: failureText(error) }),
    );
    return () => {
      live = false;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, deps);
  return state;
}

export interface Catalog {
  rules: RuleInfo[];
  rulesById: Map<string, RuleInfo>;
  channelsById: Map<string, Channel>;
}

let catalogCache: Promise<Catalog> | undefined;
/** The rule catalog and channel names together, as the gallery and rule pages need them. */
export const getCatalog = () =>
  (catalogCache ??= Promise.all([getRules(), getChannels()])
    .then(([rules, channels]) => ({
      rules,
      rulesById: new Map(rules.map((rule) => [rule.id, rule])),
      channelsById: new Map(channels.map((channel) => [channel.id, channel])),
    }))
    .catch((error: unknown) => {
      catalogCache = undefined;
      throw error;
    }));

export const useCatalog = () => useLoaded(getCatalog);
