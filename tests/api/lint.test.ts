import { describe, expect, test } from 'vitest';
import request from 'supertest';
import { testApp } from '../support/api-app.ts';
import { errorResponseSchema, lintResponseSchema } from '../../rules/api/schemas.ts';

const { app } = testApp();

const expectError = (body: unknown, code: string) => {
  const parsed = errorResponseSchema.parse(body);
  expect(parsed.error.code).toBe(code);
  expect(parsed.error.message).toMatch(/[a-zåäö]/i);
};

describe('POST /api/lint', () => {
  test('returns findings whose offsets slice the text to exactly what they flag', async () => {
    const text = 'Grattis till Lisa Berg, 811218-9876! 𝗩𝗜𝗞𝗧𝗜𝗚𝗧 möte i 😀 morgon.';
    const response = await request(app).post('/api/lint').send({ text, channels: ['facebook'] }).expect(200);
    const body = lintResponseSchema.parse(response.body);
    expect(body.messages.map((message) => message.ruleId)).toEqual(expect.arrayContaining(['pd-personnummer', 'a11y-fejkfont-unicode']));
    for (const message of body.messages.filter((m) => !m.field)) {
      expect(text.slice(message.start, message.end)).toBe(message.actual);
    }
    const personnummer = body.messages.find((message) => message.ruleId === 'pd-personnummer')!;
    expect(personnummer).toMatchObject({ severity: 'error', category: 'personal-data', line: 1, column: 25, url: '/regler/pd-personnummer' });
  });

  test('uses UTF-16 offsets after astral characters, and 1-based lines and columns', async () => {
    const text = '𝗛𝗲𝗷\nRing 811218-9876';
    const { body } = await request(app).post('/api/lint').send({ text, channels: [] }).expect(200);
    const personnummer = body.messages.find((message: { ruleId: string }) => message.ruleId === 'pd-personnummer');
    expect(personnummer).toMatchObject({ start: 12, end: 23, line: 2, column: 6, actual: '811218-9876' });
  });

  test('checks one draft against several channels in one call, each counted in its own unit', async () => {
    const text = 'Välkommen till öppet hus på biblioteket! 🎉 #Alingsås';
    const { body } = await request(app).post('/api/lint').send({ text, channels: ['instagram', 'x', 'bluesky', 'youtube'] }).expect(200);
    const byId = Object.fromEntries(body.stats.channels.map((channel: { id: string }) => [channel.id, channel]));
    expect(Object.keys(byId)).toEqual(['instagram', 'x', 'bluesky', 'youtube']);
    expect(byId.instagram).toMatchObject({ length: text.length, limit: 2200, hashtags: 1, links: 0, fits: true });
    expect(byId.bluesky.length).toBe([...new Intl.Segmenter('sv', { granularity: 'grapheme' }).segment(text)].length);
    expect(byId.youtube.length).toBe(Buffer.byteLength(text, 'utf8'));
    expect(byId.x.length).toBeGreaterThan(text.length - 2);
  });

  test('uses the profile default channels when none are named', async () => {
    const { body } = await request(app).post('/api/lint').send({ text: 'Hej!' }).expect(200);
    expect(body.stats.channels.map((channel: { id: string }) => channel.id)).toEqual(['facebook', 'instagram', 'linkedin']);
  });

  test('reports characters, words, sentences and LIX, and null LIX for a text without words', async () => {
    const { body } = await request(app).post('/api/lint').send({ text: 'Vi ses kl. 18.00 på Estrad. Välkommen!', channels: [] }).expect(200);
    expect(body.stats).toMatchObject({ characters: 38, words: 6, sentences: 2 });
    expect(typeof body.stats.lix).toBe('number');
    const empty = await request(app).post('/api/lint').send({ text: '123 456', channels: [] }).expect(200);
    expect(empty.body.stats.lix).toBeNull();
  });

  test('sorts messages by start, then by rule id', async () => {
    const text = '811218-9876 och 701063-2391 och 𝗛𝗘𝗝 och 811218-9876';
    const { body } = await request(app).post('/api/lint').send({ text, channels: [] }).expect(200);
    const keys = body.messages.map((message: { start: number; ruleId: string }) => [message.start, message.ruleId]);
    const sorted = [...keys].sort((a, b) => a[0] - b[0] || String(a[1]).localeCompare(String(b[1])));
    expect(keys).toEqual(sorted);
  });

  test('refuses a text over 20,000 UTF-16 units with 413 and a Swedish message', async () => {
    const response = await request(app).post('/api/lint').send({ text: 'a'.repeat(20_001) }).expect(413);
    expectError(response.body, 'payload_too_large');
    expect(response.body.error.message).toContain('20');
  });

  test('refuses a body over the size limit with 413 before parsing it', async () => {
    const response = await request(app).post('/api/lint').set('Content-Type', 'application/json').send(`{"text":"${'a'.repeat(2_000_000)}"}`).expect(413);
    expectError(response.body, 'payload_too_large');
  });

  test('refuses a body that is not JSON with 415', async () => {
    const response = await request(app).post('/api/lint').set('Content-Type', 'text/plain').send('hej').expect(415);
    expectError(response.body, 'unsupported_media_type');
  });

  test('refuses invalid JSON with 400 without echoing the body', async () => {
    const response = await request(app).post('/api/lint').set('Content-Type', 'application/json').send('{"text": hemligt}').expect(400);
    expectError(response.body, 'invalid_request');
    expect(JSON.stringify(response.body)).not.toContain('hemligt');
  });

  test('refuses a missing text, an unknown channel and an unknown profile with 400 and zod issues', async () => {
    const missing = await request(app).post('/api/lint').send({ channels: [] }).expect(400);
    expectError(missing.body, 'invalid_request');
    expect(missing.body.error.issues[0].path).toEqual(['text']);
    const channel = await request(app).post('/api/lint').send({ text: 'Hej', channels: ['myspace'] }).expect(400);
    expect(channel.body.error.message).toContain('myspace');
    expect(channel.body.error.issues[0].path).toEqual(['channels', 0]);
    const profile = await request(app).post('/api/lint').send({ text: 'Hej', profile: 'nowhere' }).expect(400);
    expectError(profile.body, 'invalid_request');
  });
});

describe('catalog endpoints', () => {
  test('GET /api/rules lists every rule with Swedish title, description and examples', async () => {
    const { body } = await request(app).get('/api/rules').expect(200);
    expect(body.rules.length).toBeGreaterThan(5);
    for (const rule of body.rules) {
      expect(rule).toMatchObject({ id: expect.any(String), category: expect.any(String), title: expect.any(String), description: expect.any(String) });
      expect(rule.examples.length).toBeGreaterThan(0);
    }
  });

  test('GET /api/channels lists all nine channels with their limits', async () => {
    const { body } = await request(app).get('/api/channels').expect(200);
    expect(body.channels.map((channel: { id: string }) => channel.id).sort()).toEqual(
      ['bluesky', 'facebook', 'instagram', 'linkedin', 'mastodon', 'threads', 'tiktok', 'x', 'youtube'],
    );
    expect(body.channels.find((channel: { id: string }) => channel.id === 'instagram')).toMatchObject({ limit: 2200, hashtagMax: 30, linksClickable: false });
  });

  test('GET /api/profiles/:id shows the profile as used, and 404 for an unknown one', async () => {
    const { body } = await request(app).get('/api/profiles/alingsas').expect(200);
    expect(body.organisation.phones).toContain('0322-61 60 00');
    expect(body.rules['pd-personnummer']).toMatchObject({ severity: 'error' });
    const missing = await request(app).get('/api/profiles/..%2F..%2Fetc%2Fpasswd').expect(404);
    expectError(missing.body, 'not_found');
  });

  test('GET /api/health answers ok, and unknown API paths 404 in the error shape', async () => {
    await request(app).get('/api/health').expect(200, { status: 'ok' });
    const response = await request(app).get('/api/nothing-here').expect(404);
    expectError(response.body, 'not_found');
  });

  test('GET /api/openapi.json describes the lint endpoint from the zod schemas', async () => {
    const { body } = await request(app).get('/api/openapi.json').expect(200);
    expect(body.openapi).toBe('3.1.0');
    const schema = body.paths['/api/lint'].post.requestBody.content['application/json'].schema;
    expect(schema.required).toContain('text');
    expect(schema.properties.text.maxLength).toBe(20_000);
  });
});
