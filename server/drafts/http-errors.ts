import type { ErrorRequestHandler, Request } from 'express';
import { ApiError } from '../errors.ts';
import { DraftError, type DraftFailure, type QuotaName } from './store.ts';

const sv = (n: number) => n.toLocaleString('sv-SE');

/** What the request tried, for the wording of a stale-version answer. */
type Attempt = 'save' | 'deviation' | 'decision' | 'other';

const attemptOf = (req: Request): Attempt =>
  req.method === 'PUT' ? 'save' : req.path.endsWith('/deviations') ? 'deviation' : req.path.endsWith('/decision') ? 'decision' : 'other';

const staleMessages: Record<Attempt, (latest: number) => string> = {
  save: (latest) => `Någon har sparat version ${latest} medan du skrev. Din text är inte sparad än, men den finns kvar hos dig.`,
  deviation: (latest) => `Det finns en nyare version (version ${latest}). Läs in den och godta anmärkningen där.`,
  decision: (latest) => `Det finns en nyare version (version ${latest}). Läs den innan du beslutar.`,
  other: (latest) => `Det finns en nyare version (version ${latest}). Läs in den och försök igen.`,
};

const forbiddenMessages = {
  edit: 'Granskningslänken kan inte ändra texten. Bara skribentens länk kan spara nya versioner.',
  delete: 'Bara skribentens länk kan radera utkastet.',
  acceptDeviation: 'Bara granskaren kan godta en avvikelse från riktlinjen.',
  decide: 'Bara granskaren kan godkänna eller begära ändringar.',
};

const quotaMessages: Record<Exclude<QuotaName, 'draftsPerClientPerDay' | 'databaseBytes'>, (limit: string) => string> = {
  versionsPerDraft: (limit) => `Ett utkast kan ha högst ${limit} versioner. Starta en ny granskning med din text.`,
  commentsPerDraft: (limit) => `Utkastet har nått gränsen på ${limit} kommentarer. Starta en ny granskning för att fortsätta.`,
  deviationsPerDraft: (limit) => `Utkastet har nått gränsen på ${limit} godtagna avvikelser. Starta en ny granskning för att fortsätta.`,
  textPerDraft: (limit) => `Utkastets versioner har tillsammans nått gränsen på ${limit} tecken. Starta en ny granskning med din text.`,
  activityPerDraft: (limit) => `Utkastet har nått gränsen på ${limit} ändringar. Starta en ny granskning.`,
};

/** The HTTP answer to a store failure. The store knows nothing of HTTP; this is the only mapping. */
export function apiErrorOf(failure: DraftFailure, attempt: Attempt): ApiError {
  switch (failure.kind) {
    case 'not_found':
      return new ApiError('not_found', 'Vi hittar inget utkast för den här länken. Kontrollera att du har fått med hela länken.');
    case 'gone':
      return new ApiError(
        'gone',
        failure.reason === 'deleted'
          ? 'Utkastet finns inte längre: skribenten har raderat det.'
          : 'Utkastet finns inte längre: det togs bort automatiskt efter en tid utan aktivitet.',
      );
    case 'forbidden':
      return new ApiError('forbidden', forbiddenMessages[failure.action]);
    case 'stale_version':
      return new ApiError('conflict', staleMessages[attempt](failure.latestVersion), undefined, { latestVersion: failure.latestVersion });
    case 'already_accepted':
      return new ApiError('conflict', 'Den anmärkningen är redan godtagen som avvikelse.', undefined, { latestVersion: failure.latestVersion });
    case 'unknown_version':
      return new ApiError('invalid_request', `Version ${failure.version} finns inte.`, [{ path: ['version'], message: 'Okänd version.' }]);
    case 'range_outside_text':
      return new ApiError('invalid_request', 'Markeringen ligger utanför texten.', [{ path: ['end'], message: 'Utanför texten.' }]);
    case 'quota_exceeded': {
      const limit = sv(failure.limit);
      if (failure.quota === 'draftsPerClientPerDay') {
        return new ApiError(
          'rate_limited',
          `Du har skickat ${limit} utkast för granskning det senaste dygnet, vilket är gränsen. Försök igen i morgon. Din text finns kvar här.`,
        );
      }
      if (failure.quota === 'databaseBytes') {
        return new ApiError('storage_full', 'Postkoll har inte plats för mer just nu, så det du skrev är inte sparat. Det finns kvar här. Kontakta den som sköter Postkoll.');
      }
      return new ApiError('quota_exceeded', `${quotaMessages[failure.quota](limit)} Det du skrev finns kvar här.`, undefined, { quota: failure.quota, limit: failure.limit });
    }
  }
}

/** Error middleware of the draft router: store failures become typed Swedish answers. */
export const draftErrors: ErrorRequestHandler = (error, req, _res, next) => {
  next(error instanceof DraftError ? apiErrorOf(error.failure, attemptOf(req)) : error);
};
