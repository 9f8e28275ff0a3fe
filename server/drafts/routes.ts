import { Router, type Request } from 'express';
import { z } from 'zod';
import {
  commentRequestSchema,
  conflictResponseSchema,
  createDraftRequestSchema,
  createDraftResponseSchema,
  decisionRequestSchema,
  deviationRequestSchema,
  draftLimits,
  draftVersionSchema,
  draftViewSchema,
  reviewStatusLabels,
  saveVersionRequestSchema,
  unresolvedErrorsResponseSchema,
  type DraftDeviation,
  type DraftFinding,
  type DraftVersion,
  type DraftView,
  type ReviewStatus,
} from '../../rules/api/drafts.ts';
import { errorResponseSchema } from '../../rules/api/schemas.ts';
import type { Linter } from '../../rules/core/linter.ts';
import { ApiError, issuesOf } from '../errors.ts';
import type { Linters } from '../linters.ts';
import { extraPaths } from '../openapi.ts';
import { draftErrors } from './http-errors.ts';
import { permissionsOf, requirePermission, type DraftAccess, type DraftStore } from './store.ts';
import { assertApprovable } from './approval.ts';

const swedish = z.locales.sv().localeError;

/** Validates a body. The first finding becomes the message; too long a text is 413 as in POST /api/lint. */
function parseBody<T extends z.ZodType>(schema: T, body: unknown): z.output<T> {
  const result = schema.safeParse(body, { error: swedish });
  if (result.success) return result.data;
  const issues = issuesOf(result.error);
  const first = result.error.issues[0]!;
  const textTooLong = first.code === 'too_big' && first.path.length === 1 && first.path[0] === 'text';
  throw new ApiError(textTooLong ? 'payload_too_large' : 'invalid_request', first.message, issues);
}

function linterOf(linters: Linters, profile: string): Linter {
  return linters.get(linters.has(profile) ? profile : undefined);
}

/** Checks the channel ids against the profile; absent means the profile's default channels. */
function channelsFor(linter: Linter, channels: string[] | undefined): string[] {
  if (!channels) return [...linter.profile.defaultChannels];
  const unknown = channels.map((id, index) => ({ id, index })).filter(({ id }) => !Object.hasOwn(linter.profile.channels, id));
  if (unknown.length > 0) {
    throw new ApiError(
      'invalid_request',
      `Okänd kanal: ${unknown.map(({ id }) => `"${id}"`).join(', ')}.`,
      unknown.map(({ index }) => ({ path: ['channels', index], message: 'Okänd kanal.' })),
    );
  }
  return [...new Set(channels)];
}

const sameFinding = (finding: { ruleId: string; start: number; end: number; field?: string }, deviation: { ruleId: string; start: number; end: number; field?: string }) =>
  finding.ruleId === deviation.ruleId && finding.start === deviation.start && finding.end === deviation.end && (finding.field ?? '') === (deviation.field ?? '');

function lintVersion(linter: Linter, version: DraftVersion) {
  // A channel the profile has since dropped cannot be counted; the rest still can.
  const channels = version.channels.filter((id) => Object.hasOwn(linter.profile.channels, id));
  return linter.lintPost({ text: version.text, channels, media: version.media });
}

/** Live findings of the latest version; an accepted deviation that still holds there silences its finding. */
function findingsFor(linter: Linter, version: DraftVersion, deviations: DraftDeviation[]): DraftView['findings'] {
  const result = lintVersion(linter, version);
  const active = deviations.filter((deviation) => deviation.anchor.version === version.number);
  const messages: DraftFinding[] = result.messages.map((message) => {
    const deviation = active.find((item) => sameFinding(message, { ...item, start: item.anchor.start, end: item.anchor.end }));
    return deviation ? { ...message, deviationId: deviation.id } : message;
  });
  return { version: version.number, messages, stats: result.stats };
}
/** A version number in the path: digits only, so "1e3" or " 1" are not read as numbers. */
const versionParameter = z.string().regex(/^[1-9]\d{0,8}$/).transform(Number);

/** The review endpoints of design.md. Routes use the `:token` pattern, so the request log never holds a token. */
export function draftRoutes(store: DraftStore, linters: Linters): Router {
  registerDraftPaths();
  const router = Router();
  const resolve = (req: Request): Promise<DraftAccess> => store.resolve(String(req.params.token ?? ''));

  router.post('/api/drafts', async (req, res) => {
    const body = parseBody(createDraftRequestSchema, req.body);
    const linter = linters.get(body.profile);
    const content = { text: body.text, channels: channelsFor(linter, body.channels), media: body.media ?? [] };
    // The client as the rate limit sees it: X-Forwarded-For only behind POSTKOLL_TRUST_PROXY.
    const created = await store.create(content, body.authorName, linter.profile.id, req.ip ?? req.socket.remoteAddress ?? 'unknown');
    res.status(201).json(created);
  });

  router.get('/api/drafts/:token', async (req, res) => {
    const draft = await resolve(req);
    const record = await store.view(draft);
    const findings = findingsFor(linterOf(linters, draft.profile), record.latest, record.deviations);
    const decisions = record.decisions;
    // Approval belongs to one version: a newer version is waiting for review again.
    const last = decisions.at(-1);
    const latestVersion = record.latest.number;
    const status: ReviewStatus = last && last.version === latestVersion ? last.decision : 'pending';
    const answer: DraftView = {
      ...record,
      role: draft.role,
      permissions: permissionsOf(draft.role),
      latestVersion,
      state: { status, label: reviewStatusLabels[status], version: latestVersion },
      findings,
    };
    res.set('Cache-Control', 'no-store').json(answer);
  });

  router.get('/api/drafts/:token/versions/:number', async (req, res) => {
    const draft = await resolve(req);
    const number = versionParameter.safeParse(req.params.number);
    if (!number.success) throw new ApiError('invalid_request', 'Versionen ska vara ett heltal, 1 eller högre.', [{ path: ['number'], message: 'Ogiltig version.' }]);
    res.set('Cache-Control', 'no-store').json(await store.version(draft, number.data));
  });

  router.put('/api/drafts/:token', async (req, res) => {
    const draft = await resolve(req);
    requirePermission(draft, 'edit');
    const body = parseBody(saveVersionRequestSchema, req.body);
    const linter = linterOf(linters, draft.profile);
    const content = { text: body.text, channels: channelsFor(linter, body.channels), media: body.media ?? [] };
    const saved = await store.saveVersion(draft, content, body.baseVersion, body.authorName ?? draft.authorName);
    res.status(200).json(saved);
  });

  router.delete('/api/drafts/:token', async (req, res) => {
    const draft = await resolve(req);
    await store.delete(draft);
    res.status(204).end();
  });

  router.post('/api/drafts/:token/comments', async (req, res) => {
    const draft = await resolve(req);
    const body = parseBody(commentRequestSchema, req.body);
    res.status(201).json(await store.addComment(draft, body));
  });

  router.post('/api/drafts/:token/deviations', async (req, res) => {
    const draft = await resolve(req);
    // Checked before linting, which is the expensive part.
    requirePermission(draft, 'acceptDeviation');
    const body = parseBody(deviationRequestSchema, req.body);
    const version = await store.version(draft, body.version);
    const exists = lintVersion(linterOf(linters, draft.profile), version).messages.some((message) => sameFinding(message, body));
    if (!exists) {
      throw new ApiError('invalid_request', `Det finns ingen sådan anmärkning i version ${body.version}.`, [
        { path: ['ruleId'], message: 'Ingen anmärkning med den regeln på det stället.' },
      ]);
    }
    res.status(201).json(await store.addDeviation(draft, body));
  });

  router.post('/api/drafts/:token/decision', async (req, res) => {
    const draft = await resolve(req);
    requirePermission(draft, 'decide');
    const body = parseBody(decisionRequestSchema, req.body);
    // The gate for the latest version; a decision about an older one is refused as stale by the store.
    if (body.decision === 'approved') {
      const record = await store.view(draft);
      if (body.version === record.latest.number) assertApprovable(body.version, findingsFor(linterOf(linters, draft.profile), record.latest, record.deviations).messages);
    }
    res.status(201).json(await store.decide(draft, body));
  });

  router.use(draftErrors);
  return router;
}

const json = (schema: z.ZodType, io: 'input' | 'output' = 'output') => ({
  'application/json': { schema: z.toJSONSchema(schema, { io, unrepresentable: 'any' }) },
});
const error = (description: string) => ({ description, content: json(errorResponseSchema) });
const tokenParameter = {
  name: 'token',
  in: 'path',
  required: true,
  description: 'Skribentens eller granskarens token ur länken.',
  schema: { type: 'string', pattern: '^[A-Za-z0-9_-]{43}$' },
};
const tokenErrors = {
  404: error('Okänd länk'),
  410: error('Utkastet är raderat eller har gått ut'),
};
/** Refusals of a write by a quota (server/drafts/store.ts DraftQuotas; README "Configuration"). */
const quotaErrors = {
  409: error('Utkastet har nått en gräns (quota_exceeded), eller versionen är inte den senaste (conflict)'),
  507: error('Databasen har nått sin största tillåtna storlek (storage_full)'),
};

/** Adds the review endpoints to GET /api/openapi.json, from the same zod schemas that validate them. */
export function registerDraftPaths() {
  const created = (schema: z.ZodType, description: string) => ({ description, content: json(schema) });
  const idResponse = z.object({ id: z.number().int() });
  Object.assign(extraPaths, {
    '/api/drafts': {
      post: {
        summary: 'Skicka ett utkast för granskning (version 1)',
        requestBody: { required: true, content: json(createDraftRequestSchema, 'input') },
        responses: {
          201: created(createDraftResponseSchema, 'Utkastet och dess två länkars token'),
          400: error('Ogiltig förfrågan'),
          409: error('Texten är längre än vad ett utkast får rymma (quota_exceeded)'),
          413: error(`Texten är längre än ${draftLimits.textLength} tecken`),
          429: error('För många utkast från samma klient det senaste dygnet, eller för många förfrågningar'),
          507: quotaErrors[507],
        },
      },
    },
    '/api/drafts/{token}': {
      parameters: [tokenParameter],
      get: {
        summary:
          'Utkastet: den senaste versionen med text, historiken utan texter, kommentarer, avvikelser, beslut, aktivitetslogg och aktuella anmärkningar',
        responses: { 200: { description: 'Utkastet', content: json(draftViewSchema) }, ...tokenErrors },
      },
      put: {
        summary: 'Spara en ny version (skribentens länk)',
        requestBody: { required: true, content: json(saveVersionRequestSchema, 'input') },
        responses: {
          200: { description: 'Den nya versionens nummer', content: json(z.object({ version: z.number().int() })) },
          400: error('Ogiltig förfrågan'),
          403: error('Granskningslänken får inte ändra texten'),
          409: { description: 'baseVersion är inte den senaste versionen (conflict), eller utkastet har nått en gräns (quota_exceeded)', content: json(conflictResponseSchema.or(errorResponseSchema)) },
          413: error('För lång text'),
          507: quotaErrors[507],
          ...tokenErrors,
        },
      },
      delete: {
        summary: 'Radera utkastet nu (skribentens länk)',
        responses: { 204: { description: 'Raderat' }, 403: error('Granskningslänken får inte radera'), ...tokenErrors },
      },
    },
    '/api/drafts/{token}/versions/{number}': {
      parameters: [tokenParameter, { name: 'number', in: 'path', required: true, description: 'Versionens nummer.', schema: { type: 'integer', minimum: 1 } }],
      get: {
        summary: 'En version med sin text (äldre versioners texter ingår inte i utkastet)',
        responses: { 200: { description: 'Versionen', content: json(draftVersionSchema) }, 400: error('Okänd eller ogiltig version'), ...tokenErrors },
      },
    },
    '/api/drafts/{token}/comments': {
      parameters: [tokenParameter],
      post: {
        summary: 'Kommentera ett stycke i en version',
        requestBody: { required: true, content: json(commentRequestSchema, 'input') },
        responses: { 201: created(idResponse, 'Kommentaren'), 400: error('Ogiltig förfrågan'), ...quotaErrors, ...tokenErrors },
      },
    },
    '/api/drafts/{token}/deviations': {
      parameters: [tokenParameter],
      post: {
        summary: 'Godta en anmärkning som avsiktlig avvikelse (granskarens länk)',
        requestBody: { required: true, content: json(deviationRequestSchema, 'input') },
        responses: {
          201: created(idResponse, 'Avvikelsen'),
          400: error('Ogiltig förfrågan eller ingen sådan anmärkning'),
          403: error('Bara granskaren'),
          409: { description: 'Inte den senaste versionen, redan godtagen, eller utkastet har nått en gräns', content: json(conflictResponseSchema.or(errorResponseSchema)) },
          507: quotaErrors[507],
          ...tokenErrors,
        },
      },
    },
    '/api/drafts/{token}/decision': {
      parameters: [tokenParameter],
      post: {
        summary: 'Godkänn eller begär ändringar för en version (granskarens länk)',
        requestBody: { required: true, content: json(decisionRequestSchema, 'input') },
        responses: {
          201: created(idResponse, 'Beslutet'),
          400: error('Ogiltig förfrågan'),
          403: error('Bara granskaren'),
          409: {
            description: 'Inte den senaste versionen (conflict), ett godkännande medan fel varken är åtgärdade eller godtagna som avvikelse (unresolved_errors), eller utkastet har nått en gräns',
            content: json(conflictResponseSchema.or(unresolvedErrorsResponseSchema).or(errorResponseSchema)),
          },
          507: quotaErrors[507],
          ...tokenErrors,
        },
      },
    },
  });
}
