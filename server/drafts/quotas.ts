import type { DraftQuotas } from './store.ts';

/**
 * Defaults of the draft quotas (each an environment setting, README "Configuration"). A review
 * round needs a handful of versions and comments; these leave room for long rounds while keeping
 * one draft, one client or the whole database from growing without bound.
 */
export const defaultDraftQuotas: DraftQuotas = {
  versionsPerDraft: 200,
  commentsPerDraft: 300,
  deviationsPerDraft: 300,
  // 50 versions of a 20,000-character post; one version may hold at most 120,000 units (20 alt texts of 5,000).
  textPerDraft: 1_000_000,
  activityPerDraft: 5_000,
  draftsPerClientPerDay: 200,
  databaseBytes: 2 * 1024 ** 3,
};
