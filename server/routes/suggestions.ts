import { Router } from 'express';
import { z } from 'zod';
import { cachedSuggestions, cacheSuggestions, needsSuggestions, normaliseWord } from '../../rules/spelling/suggest.ts';
import { parseOr400 } from '../errors.ts';
import type { WorkPool } from '../work-pool.ts';
import { extraPaths } from '../openapi.ts';

const suggestionsQuery = z.object({
  word: z
    .string({ error: 'Ange ordet i parametern "word".' })
    .trim()
    .min(1, 'Ange ordet i parametern "word".')
    .max(60, 'Ordet får vara högst 60 tecken.')
    .regex(/^[\p{L}][\p{L}'’-]*$/u, 'Ange ett enda ord, bara bokstäver.'),
});

/**
 * GET /api/suggestions?word=… (or POST with `{ "word": … }`): spelling suggestions for one word that
 * klar-stavning flagged. A known word answers at once, so does one in the bounded cache; a new one is
 * computed in the worker pool within a deadline (503 `overloaded` past it), never on the request
 * thread. The editor POSTs, so that a word of the draft never travels in a URL.
 */
Object.assign(extraPaths, {
  '/api/suggestions': {
    get: {
      summary: 'Stavningsförslag för ett ord som klar-stavning flaggade',
      parameters: [{ name: 'word', in: 'query', required: true, schema: z.toJSONSchema(suggestionsQuery.shape.word, { io: 'input' }) }],
      responses: {
        200: { description: 'Förslag, beräknade vid behov och sparade', content: { 'application/json': { schema: z.toJSONSchema(z.object({ word: z.string(), suggestions: z.array(z.string()) })) } } },
        400: { description: 'Ogiltigt ord' },
        503: { description: 'Servern hann inte beräkna förslagen (overloaded); försök igen' },
      },
    },
    post: {
      summary: 'Samma förslag, med ordet i kroppen i stället för i adressen',
      requestBody: { required: true, content: { 'application/json': { schema: z.toJSONSchema(suggestionsQuery, { io: 'input' }) } } },
      responses: {
        200: { description: 'Förslag, beräknade vid behov och sparade', content: { 'application/json': { schema: z.toJSONSchema(z.object({ word: z.string(), suggestions: z.array(z.string()) })) } } },
        400: { description: 'Ogiltigt ord' },
        503: { description: 'Servern hann inte beräkna förslagen (overloaded); försök igen' },
      },
    },
  },
});

export function suggestionRoutes(pool: () => WorkPool, deadlineMs: number): Router {
  const router = Router();
  const suggest = async (word: string, client: string) => {
    const normal = normaliseWord(word);
    const known = needsSuggestions(normal) ? cachedSuggestions(normal) : [];
    return known ?? cacheSuggestions(normal, await pool().run<string[]>('suggest', normal, client, deadlineMs));
  };
  router.get('/api/suggestions', async (req, res) => {
    const { word } = parseOr400(suggestionsQuery, req.query, 'Ogiltig parameter.');
    res.json({ word, suggestions: await suggest(word, req.ip ?? '') });
  });
  router.post('/api/suggestions', async (req, res) => {
    const { word } = parseOr400(suggestionsQuery, req.body, 'Ogiltigt ord.');
    res.json({ word, suggestions: await suggest(word, req.ip ?? '') });
  });
  return router;
}
