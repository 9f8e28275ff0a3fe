import { Router } from 'express';
import { lintRequestSchemaWith, limits, requestTextLength, type LintResponse } from '../../rules/api/schemas.ts';
import { ApiError, issuesOf } from '../errors.ts';
import type { Linters } from '../linters.ts';
import { overloaded, type WorkPool } from '../work-pool.ts';
import { arrivedAt } from '../arrival.ts';
import type { ServingConfig } from '../config-serving.ts';

type LintRequestSchema = ReturnType<typeof lintRequestSchemaWith>;

/** Validates a lint request: too long a text, or post and alt texts together, is 413 (api.md); every other fault 400. */
function parseLintRequest(schema: LintRequestSchema, body: unknown) {
  const result = schema.safeParse(body);
  if (result.success) return result.data;
  const tooLong = result.error.issues.find((issue) => issue.code === 'too_big' && (issue.path.length === 0 || (issue.path.length === 1 && issue.path[0] === 'text')));
  if (tooLong) {
    const message = tooLong.path.length === 0 ? tooLong.message : `Texten får vara högst ${limits.textLength.toLocaleString('sv-SE')} tecken.`;
    throw new ApiError('payload_too_large', message, issuesOf(result.error));
  }
  const message = body === undefined || body === null || typeof body !== 'object' || Array.isArray(body) ? 'Skicka ett JSON-objekt med fältet "text".' : 'Förfrågan är ogiltig.';
  throw new ApiError('invalid_request', message, issuesOf(result.error));
}

/**
 * POST /api/lint. An ordinary post is linted on the request thread: the hop to a worker thread and
 * back would cost it more than the lint itself (README, Performance). A large request (text and alt
 * texts of POSTKOLL_POOL_LINT_FROM units or more) runs in the worker pool, with its deadline and the
 * pool's per-client share, so that a client sending the largest texts in a loop cannot hold the
 * thread every other request needs. A request that has already waited past its deadline is answered
 * 503 instead of linted, so a backlog clears instead of growing. The pool answers with JSON text,
 * sent as it is: the request thread neither clones nor stringifies a large answer.
 */
export function lintRoutes(linters: Linters, serving: ServingConfig, pool: () => WorkPool): Router {
  const router = Router();
  const schema = lintRequestSchemaWith(serving);
  router.post('/api/lint', async (req, res) => {
    const request = parseLintRequest(schema, req.body);
    const linter = linters.get(request.profile);
    const unknown = (request.channels ?? []).map((id, index) => ({ id, index })).filter(({ id }) => !Object.hasOwn(linter.profile.channels, id));
    if (unknown.length > 0) {
      throw new ApiError(
        'invalid_request',
        `Okänd kanal: ${unknown.map(({ id }) => `"${id}"`).join(', ')}.`,
        unknown.map(({ index }) => ({ path: ['channels', index], message: 'Okänd kanal.' })),
      );
    }
    const channels = request.channels ? [...new Set(request.channels)] : undefined;
    const post = { text: request.text, channels, media: request.media, profile: request.profile };
    const deadlineLeft = () => serving.lintDeadlineMs - (performance.now() - arrivedAt(res));
    if (requestTextLength(request) >= serving.pool.lintFromUnits) {
      res.type('json').send(await pool().run<string>('lintJson', post, req.ip ?? '', Math.max(1, deadlineLeft())));
      return;
    }
    if (deadlineLeft() < 0) throw overloaded();
    const response: LintResponse = linter.lintPost({ text: request.text, channels, media: request.media });
    res.json(response);
  });
  return router;
}
