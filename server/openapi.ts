import { z } from 'zod';
import { errorResponseSchema, lintRequestSchema, lintResponseSchema, ruleInfoSchema, vocabularySchema } from '../rules/api/schemas.ts';
import { channelSchema, profileSchema } from '../rules/profile/schema.ts';

const json = (schema: z.ZodType, io: 'input' | 'output' = 'output') => ({
  'application/json': { schema: z.toJSONSchema(schema, { io, unrepresentable: 'any' }) },
});

const errorResponse = (description: string) => ({ description, content: json(errorResponseSchema) });

/** Extra operations (e.g. the review endpoints) register themselves here. */
export const extraPaths: Record<string, unknown> = {};

/** The OpenAPI document, generated from the same zod schemas that validate requests. */
export function openApiDocument(): Record<string, unknown> {
  return {
    openapi: '3.1.0',
    info: { title: 'Postkoll API', version: '1.0.0', description: 'Granskar utkast till inlägg i sociala medier mot kommunens riktlinje.' },
    paths: {
      '/api/lint': {
        post: {
          summary: 'Granska ett utkast',
          requestBody: { required: true, content: json(lintRequestSchema, 'input') },
          responses: {
            200: { description: 'Anmärkningar och statistik', content: json(lintResponseSchema) },
            400: errorResponse('Ogiltig förfrågan'),
            413: errorResponse('För lång text, för långa texter tillsammans (inlägg och alternativtexter) eller för stor förfrågan'),
            415: errorResponse('Inte JSON'),
            429: errorResponse('För många förfrågningar'),
            503: errorResponse('Servern hann inte granska i tid (overloaded); försök igen'),
          },
        },
      },
      '/api/rules': {
        get: {
          summary: 'Regelkatalogen',
          responses: { 200: { description: 'Alla regler', content: json(z.object({ rules: z.array(ruleInfoSchema), vocabulary: vocabularySchema })) } },
        },
      },
      '/api/channels': {
        get: {
          summary: 'Kanalerna och deras gränser',
          responses: { 200: { description: 'Kanaler', content: json(z.object({ channels: z.array(channelSchema) })) } },
        },
      },
      '/api/profiles': {
        get: {
          summary: 'Profilerna som servern har',
          responses: {
            200: {
              description: 'Profilernas id och namn, och vilken som är standard',
              content: json(z.object({ profiles: z.array(z.object({ id: z.string(), name: z.string(), default: z.boolean() })) })),
            },
          },
        },
      },
      '/api/profiles/{id}': {
        get: {
          summary: 'En riktlinjeprofil som servern använder den, med perioderna som gäller i dag',
          parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string' } }],
          responses: {
            200: {
              description: 'Profilen med kanalernas och reglernas värden ifyllda, periodsInForce (namnen på perioderna som gäller i dag) och today (ÅÅÅÅ-MM-DD)',
              content: json(profileSchema.extend({ periodsInForce: z.array(z.string()), today: z.string() })),
            },
            404: errorResponse('Okänd profil'),
          },
        },
      },
      '/api/openapi.json': {
        get: { summary: 'Det här dokumentet', responses: { 200: { description: 'OpenAPI 3.1' } } },
      },
      '/api/health': {
        get: { summary: 'Hälsa', responses: { 200: { description: 'Servern kan granska', content: json(z.object({ status: z.literal('ok') })) } } },
      },
      ...extraPaths,
    },
  };
}
