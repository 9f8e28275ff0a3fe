import { Router } from 'express';
import { lintRequestSchema, limits, type LintResponse } from '../../rules/api/schemas.ts';
import { ApiError, issuesOf } from '../errors.ts';
import type { Linters } from '../linters.ts';

/** Validates a lint request: too long a text is 413 (api.md), every other fault 400. */
function parseLintRequest(body: unknown) {
  const result = lintRequestSchema.safeParse(body);
  if (result.success) return result.data;
  const tooLong = result.error.issues.some((issue) => issue.code === 'too_big' && issue.path.length === 1 && issue.path[0] === 'text');
  if (tooLong) {
    throw new ApiError('payload_too_large', `Texten får vara högst ${limits.textLength.toLocaleString('sv-SE')} tecken.`, issuesOf(result.error));
  }
  const message = body === undefined || body === null || typeof body !== 'object' || Array.isArray(body) ? 'Skicka ett JSON-objekt med fältet "text".' : 'Förfrågan är ogiltig.';
  throw new ApiError('invalid_request', message, issuesOf(result.error));
}

export function lintRoutes(linters: Linters): Router {
  const router = Router();
  router.post('/api/lint', (req, res) => {
    const request = parseLintRequest(req.body);
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
    const response: LintResponse = linter.lintPost({ text: request.text, channels, media: request.media });
    res.json(response);
  });
  return router;
}
