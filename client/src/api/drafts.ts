import type {
  CommentRequest,
  CreateDraftRequest,
  CreateDraftResponse,
  DecisionRequest,
  DeviationRequest,
  DraftVersion,
  DraftView,
  SaveVersionRequest,
} from '../../../rules/api/drafts.ts';
import { ApiFailure, request } from './client.ts';

/** The review endpoints (design.md "The editor's review"). Tokens go in the path, never in a query. */
const path = (token: string, rest = '') => `/api/drafts/${encodeURIComponent(token)}${rest}`;

export const createDraft = (input: CreateDraftRequest) => request<CreateDraftResponse>('/api/drafts', { method: 'POST', json: input });

export const getDraft = (token: string, signal?: AbortSignal) => request<DraftView>(path(token), { signal, cache: 'no-store' });

/** One version with its text; the draft's GET carries only the latest text. */
export const getVersion = (token: string, number: number) => request<DraftVersion>(path(token, `/versions/${number}`), { cache: 'no-store' });

export const saveVersion = (token: string, input: SaveVersionRequest) => request<{ version: number }>(path(token), { method: 'PUT', json: input });

export const deleteDraft = (token: string) => request<undefined>(path(token), { method: 'DELETE' });

export const addComment = (token: string, input: CommentRequest) =>
  request<{ id: number; anchor: { version: number; start: number; end: number } }>(path(token, '/comments'), { method: 'POST', json: input });

export const addDeviation = (token: string, input: DeviationRequest) => request<{ id: number }>(path(token, '/deviations'), { method: 'POST', json: input });

export const decide = (token: string, input: DecisionRequest) => request<{ id: number }>(path(token, '/decision'), { method: 'POST', json: input });

/** The latest version named by a 409 answer, when the failure is one. */
export function latestVersionOf(error: unknown): number | undefined {
  if (!(error instanceof ApiFailure) || error.status !== 409) return undefined;
  const latest = error.body?.latestVersion;
  return typeof latest === 'number' ? latest : undefined;
}

/** The links as the user shares them. */
export const reviewUrl = (token: string, origin = window.location.origin) => `${origin}/granska/${token}`;
