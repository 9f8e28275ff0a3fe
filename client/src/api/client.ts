import type { ErrorResponse, LintRequest, LintResponse, RuleInfo } from '../../../rules/api/schemas.ts';
import type { Channel, ResolvedProfile } from '../../../rules/profile/schema.ts';

/** A failed API call, with a calm Swedish message fit to show beside the editor. */
export class ApiFailure extends Error {
  constructor(
    message: string,
    readonly status: number,
    readonly code: string,
    readonly body?: ErrorResponse & Record<string, unknown>,
  ) {
    super(message);
    this.name = 'ApiFailure';
  }
}

const offline = 'Vi når inte servern just nu. Din text finns kvar – vi försöker igen när du skriver.';

/** The one way the client talks to the server: JSON in, JSON out, typed Swedish errors. */
export async function request<T>(path: string, init: RequestInit & { json?: unknown } = {}): Promise<T> {
  const { json, ...rest } = init;
  let response: Response;
  try {
    response = await fetch(path, {
      ...rest,
      headers: { Accept: 'application/json', ...(json !== undefined ? { 'Content-Type': 'application/json' } : {}), ...rest.headers },
      body: json !== undefined ? JSON.stringify(json) : rest.body,
    });
  } catch (error) {
    if ((error as Error).name === 'AbortError') throw error;
    throw new ApiFailure(offline, 0, 'network');
  }
  const body = (await response.json().catch(() => undefined)) as (ErrorResponse & Record<string, unknown>) | undefined;
  if (!response.ok) {
    const message = body?.error?.message ?? (response.status >= 500 ? 'Något gick fel hos oss. Försök igen om en stund.' : 'Förfrågan kunde inte utföras.');
    throw new ApiFailure(message, response.status, body?.error?.code ?? 'unknown', body);
  }
  return body as T;
}

export const lint = (input: LintRequest, signal?: AbortSignal) => request<LintResponse>('/api/lint', { method: 'POST', json: input, signal });

/** A GET whose answer holds for the page's life: asked once, shared by every caller, asked again only after a failure. */
function once<T>(load: () => Promise<T>): () => Promise<T> {
  let cached: Promise<T> | undefined;
  return () =>
    (cached ??= load().catch((error: unknown) => {
      cached = undefined;
      throw error;
    }));
}

const catalogs = new Map<string, () => Promise<RuleInfo[]>>();
/**
 * The rule catalog as a profile sees it (its severities and guideline references; the server's default
 * profile when absent), fetched once per profile and page load.
 */
export function getRules(profile?: string): Promise<RuleInfo[]> {
  const key = profile ?? '';
  let load = catalogs.get(key);
  if (!load) {
    load = once(() => request<{ rules: RuleInfo[] }>(profile ? `/api/rules?profile=${encodeURIComponent(profile)}` : '/api/rules').then((body) => body.rules));
    catalogs.set(key, load);
  }
  return load();
}

/** The channels, fetched once per page load. */
export const getChannels = once(() => request<{ channels: Channel[] }>('/api/channels').then((body) => body.channels));

/** A profile as the server uses it, with the names of its periods in force today. */
export const getProfile = (id: string) => request<ResolvedProfile & { periodsInForce: string[]; today: string }>(`/api/profiles/${encodeURIComponent(id)}`);
