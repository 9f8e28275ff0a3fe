import { limits } from '../../rules/api/schemas.ts';
import type { z } from 'zod';
import { byteSizeSetting, integerSetting } from '../env.ts';
import type { DraftQuotas } from './store.ts';

/** The most one version may add to its draft's text: the longest post and every alt text at its longest. */
const largestVersion = limits.textLength + limits.mediaItems * limits.altTextLength;

/**
 * Defaults of the draft quotas (each an environment setting, README "Configuration"). A review
 * round needs a handful of versions and comments; these leave room for long rounds while keeping
 * one draft, one client or the whole database from growing without bound.
 */
export const defaultDraftQuotas: DraftQuotas = {
  versionsPerDraft: 200,
  commentsPerDraft: 300,
  deviationsPerDraft: 300,
  // 50 versions of a 20,000-character post.
  textPerDraft: 1_000_000,
  activityPerDraft: 5_000,
  draftsPerClientPerDay: 200,
  databaseBytes: 2 * 1024 ** 3,
};

const max = Number.MAX_SAFE_INTEGER;

/** The quota settings. A draft must be able to hold version 1 at its longest, so textPerDraft starts there. */
export const draftQuotaSettings = {
  POSTKOLL_MAX_VERSIONS_PER_DRAFT: integerSetting(1, max, defaultDraftQuotas.versionsPerDraft),
  POSTKOLL_MAX_COMMENTS_PER_DRAFT: integerSetting(1, max, defaultDraftQuotas.commentsPerDraft),
  POSTKOLL_MAX_DEVIATIONS_PER_DRAFT: integerSetting(1, max, defaultDraftQuotas.deviationsPerDraft),
  POSTKOLL_MAX_TEXT_PER_DRAFT: integerSetting(largestVersion, max, defaultDraftQuotas.textPerDraft),
  POSTKOLL_MAX_ACTIVITY_PER_DRAFT: integerSetting(2, max, defaultDraftQuotas.activityPerDraft),
  POSTKOLL_MAX_DRAFTS_PER_CLIENT_PER_DAY: integerSetting(1, max, defaultDraftQuotas.draftsPerClientPerDay),
  POSTKOLL_MAX_DATABASE_SIZE: byteSizeSetting(1024 ** 2, defaultDraftQuotas.databaseBytes),
};

/** The quotas from their parsed settings. */
export function draftQuotasOf(settings: { [K in keyof typeof draftQuotaSettings]: z.output<(typeof draftQuotaSettings)[K]> }): DraftQuotas {
  return {
    versionsPerDraft: settings.POSTKOLL_MAX_VERSIONS_PER_DRAFT,
    commentsPerDraft: settings.POSTKOLL_MAX_COMMENTS_PER_DRAFT,
    deviationsPerDraft: settings.POSTKOLL_MAX_DEVIATIONS_PER_DRAFT,
    textPerDraft: settings.POSTKOLL_MAX_TEXT_PER_DRAFT,
    activityPerDraft: settings.POSTKOLL_MAX_ACTIVITY_PER_DRAFT,
    draftsPerClientPerDay: settings.POSTKOLL_MAX_DRAFTS_PER_CLIENT_PER_DAY,
    databaseBytes: settings.POSTKOLL_MAX_DATABASE_SIZE,
  };
}
