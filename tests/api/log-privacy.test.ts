/**
 * Drafts may hold the very personal data Postkoll warns about. A unique marker is sent everywhere a
 * client can put data (text, alt text, comment, name, token, path, query, headers, broken JSON) and
 * through errors that quote it; it must appear in no log line at any level.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { randomUUID } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { request as httpRequest } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Router } from 'express';
import { afterAll, describe, expect, test } from 'vitest';
import request from 'supertest';
import { createApp } from '../../server/app.ts';
import { configFromEnv } from '../../server/config.ts';
import { createLinters } from '../../server/linters.ts';
import { createLogger } from '../../server/logger.ts';
import { openSqliteDrafts } from '../../server/drafts/index.ts';
import { createDraftResponseSchema } from '../../rules/api/drafts.ts';
import { errorResponseSchema } from '../../rules/api/schemas.ts';

const marker = `pkmarker${randomUUID().replaceAll('-', '')}`;
const lines: string[] = [];
const destination = new Writable({
  write(chunk, _encoding, callback) {
    lines.push(...chunk.toString('utf8').split('\n').filter(Boolean));
    callback();
  },
});
// The most verbose level, so that a debug line added later is caught too.
const logger = createLogger('trace', destination);

const dataDir = mkdtempSync(join(tmpdir(), 'postkoll-log-privacy-'));
const config = { ...configFromEnv({}), databaseFile: join(dataDir, 'postkoll.db'), rateLimitPerMinute: 100_000 };
const linters = createLinters(undefined, 'alingsas');
const drafts = openSqliteDrafts(config, linters);

/** Routes that fail in every way an unexpected error can carry request data. */
const failing = Router();
failing.post('/api/test/throw', (req) => {
  throw new Error(`Kunde inte granska "${req.body.text}"\nandra raden: ${req.body.text}`);
});
failing.post('/api/test/reject', async (req) => {
  await Promise.resolve();
  throw Object.assign(new TypeError(`Oväntat värde ${req.body.text}`), { body: req.body, cause: new Error(req.body.text) });
});
failing.post('/api/test/throw-string', (req) => {
  throw `sträng med ${req.body.text}`;
});
// Answers only when the test releases it, after its client has gone away.
let reachedSlow = () => {};
let releaseSlow = () => {};
failing.post('/api/test/slow', async (_req, res) => {
  reachedSlow();
  await new Promise<void>((resolve) => (releaseSlow = resolve));
  res.json({ ok: true });
});
failing.post('/api/test/throw-object', (req) => {
  throw { message: req.body.text, stack: `Error: ${req.body.text}\n    at ${req.body.text} (file.ts:1:1)` };
});

const app = createApp({ config, linters, logger, routers: [drafts.router, failing], serveClient: false });
afterAll(async () => {
  await drafts.close();
  rmSync(dataDir, { recursive: true, force: true });
});

const text = `Grattis till ${marker} som fyller år, 811218-9876! Ring 070-123 45 67.`;

async function exerciseEverything() {
  await request(app).post('/api/lint').send({ text, channels: ['facebook', 'instagram'], media: [{ type: 'image', altText: `Bild på ${marker}` }] }).expect(200);
  await request(app).post('/api/lint').send({ text, channels: [marker] }).expect(400);
  await request(app).post('/api/lint').send({ text, profile: marker }).expect(400);
  await request(app).post('/api/lint').set('Content-Type', 'application/json').send(`{"text": "${marker}`).expect(400);
  await request(app).post('/api/lint').set('Content-Type', 'text/plain').send(marker).expect(415);
  await request(app).post('/api/lint').send({ text: `${marker} `.repeat(2_000) }).expect(413);
  await request(app).get(`/api/profiles/${marker}`).expect(404);
  await request(app).get(`/api/rules?profile=${marker}&q=${marker}`).expect(400);
  await request(app).get(`/api/${marker}`).set('Authorization', `Bearer ${marker}`).set('Cookie', `session=${marker}`).expect(404);
  await request(app).get('/api/health').set('X-Forwarded-For', marker).set('User-Agent', marker).set('Referer', `https://x.se/${marker}`).expect(200);

  const created = createDraftResponseSchema.parse(
    (await request(app).post('/api/drafts').send({ text, authorName: `Sara ${marker}`, channels: ['facebook'] }).expect(201)).body,
  );
  const tokens = [created.authorToken, created.reviewToken];
  await request(app).get(`/api/drafts/${created.authorToken}`).expect(200);
  await request(app).get(`/api/drafts/${created.reviewToken}`).expect(200);
  await request(app).put(`/api/drafts/${created.authorToken}`).send({ text: `${text} ${marker}`, baseVersion: 1 }).expect(200);
  await request(app)
    .post(`/api/drafts/${created.reviewToken}/comments`)
    .send({ version: 2, start: 0, end: 7, body: `Kommentar om ${marker}`, authorName: `Rolf ${marker}` })
    .expect(201);
  await request(app).post(`/api/drafts/${created.reviewToken}/decision`).send({ version: 2, decision: 'changes_requested', note: marker, authorName: 'Rolf' });
  // A fake token shaped like a real one, and one with the marker in it.
  const fakeToken = `${marker}${'x'.repeat(43)}`.slice(0, 43);
  await request(app).get(`/api/drafts/${fakeToken}`).expect(404);
  await request(app).get(`/api/drafts/${marker}`).expect(404);
  await request(app).delete(`/api/drafts/${created.reviewToken}`).expect(403);
  return tokens;
}

describe('privacy in logs', () => {
  test('request lines carry only method, route pattern, status and duration', async () => {
    const before = lines.length;
    await request(app).post('/api/lint').send({ text }).expect(200);
    const line = JSON.parse(lines.at(-1)!);
    expect(lines.length).toBe(before + 1);
    expect(Object.keys(line).sort()).toEqual(['durationMs', 'level', 'method', 'msg', 'route', 'status', 'time']);
    expect(line).toMatchObject({ method: 'POST', route: '/api/lint', status: 200, msg: 'request' });
  });

  test('a marker sent as draft text, alt text, name, comment, token, path, query, headers and broken JSON is in no log line', async () => {
    const before = lines.length;
    const tokens = await exerciseEverything();
    const logged = lines.slice(before);
    // One line per request, every one of them logged.
    expect(logged).toHaveLength(19);
    for (const line of logged) {
      expect(line).not.toContain(marker);
      for (const token of tokens) expect(line).not.toContain(token);
    }
    // Token routes are logged by their pattern.
    expect(logged.map((line) => JSON.parse(line).route)).toContain('/api/drafts/:token');
  });

  test.each([
    ['an Error whose message quotes the draft on two lines', '/api/test/throw', 'Error'],
    ['a rejected promise with the draft in its message, body and cause', '/api/test/reject', 'TypeError'],
    ['a thrown string', '/api/test/throw-string', 'string'],
    ['a thrown object with a forged stack', '/api/test/throw-object', 'object'],
  ])('a forced 500 from %s is logged without the marker and answered in Swedish', async (_name, path, type) => {
    const before = lines.length;
    const response = await request(app).post(path).send({ text: marker }).expect(500);
    expect(response.text).not.toContain(marker);
    const { error } = errorResponseSchema.parse(response.body);
    expect(error).toEqual({ code: 'internal', message: 'Något gick fel hos oss. Försök igen om en stund.' });
    const logged = lines.slice(before);
    const errorLine = logged.map((line) => JSON.parse(line)).find((line) => line.msg === 'unexpected error');
    expect(errorLine, logged.join('\n')).toBeDefined();
    expect(errorLine.level).toBe(50);
    expect(errorLine.err.type).toBe(type);
    for (const line of logged) expect(line).not.toContain(marker);
  });

  test('the stack of an unexpected error is kept (without its message) so it can still be debugged', async () => {
    const before = lines.length;
    await request(app).post('/api/test/throw').send({ text: marker }).expect(500);
    const errorLine = lines.slice(before).map((line) => JSON.parse(line)).find((line) => line.msg === 'unexpected error');
    expect(errorLine.err.stack).toMatch(/^\s+at /);
    expect(errorLine.err.stack).toContain('log-privacy.test.ts');
  });

  test('a client that goes away before its answer is logged once, as aborted, with the route and no request data', async () => {
    const server = app.listen(0, '127.0.0.1');
    await new Promise((resolve) => server.once('listening', resolve));
    try {
      const before = lines.length;
      const body = JSON.stringify({ text });
      const client = httpRequest({ port: (server.address() as AddressInfo).port, host: '127.0.0.1', method: 'POST', path: `/api/test/slow?q=${marker}`, headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) } });
      client.on('error', () => {});
      const reached = new Promise<void>((resolve) => (reachedSlow = resolve));
      client.end(body);
      // The route has the request; the client hangs up before the answer.
      await reached;
      client.destroy();
      while (lines.length === before) await new Promise((resolve) => setTimeout(resolve, 5));
      releaseSlow();
      await new Promise((resolve) => setTimeout(resolve, 20));
      const logged = lines.slice(before).map((line) => JSON.parse(line));
      expect(logged).toHaveLength(1);
      expect(logged[0]).toMatchObject({ method: 'POST', route: '/api/test/slow', aborted: true, msg: 'request' });
      for (const line of lines.slice(before)) expect(line).not.toContain(marker);
    } finally {
      server.close();
    }
  });
});
