/**
 * Serving under hostile load (issue 15), against the real app on a real HTTP server: bounded
 * requests and answers, the worker pool's deadline and per-client share, the HTTP server's own
 * limits and refusals, HSTS only on HTTPS, and one policy for lone surrogates and split pairs.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import request from 'supertest';
import { createApp } from '../../server/app.ts';
import { configFromEnv } from '../../server/config.ts';
import { createHttpServer } from '../../server/http-server.ts';
import { createLinters } from '../../server/linters.ts';
import { createLogger } from '../../server/logger.ts';
import { openDrafts } from '../../server/drafts/index.ts';
import { createWorkPool } from '../../server/work-pool.ts';
import { errorResponseSchema, lintResponseSchema } from '../../rules/api/schemas.ts';
import { createDraftResponseSchema } from '../../rules/api/drafts.ts';

const dataDir = mkdtempSync(join(tmpdir(), 'postkoll-serving-'));
const base = configFromEnv({ POSTKOLL_HEADERS_TIMEOUT: '1', POSTKOLL_REQUEST_TIMEOUT: '2', POSTKOLL_TRUST_PROXY: 'loopback' });
// One thread and a short deadline, so that a random string's suggestions (1–2 s of nspell) miss it.
const serving = { ...base.serving, pool: { ...base.serving.pool, threads: 1, perClient: 1, suggestionDeadlineMs: 300 } };
const config = { ...base, databaseFile: join(dataDir, 'postkoll.db'), rateLimitPerMinute: 100_000, serving };
const linters = createLinters(undefined, 'alingsas', { maxFindingsPerRule: serving.maxFindingsPerRule });
const drafts = await openDrafts(config, linters);
const pool = createWorkPool(serving.pool, { defaultProfile: 'alingsas' });
const app = createApp({ config, linters, logger: createLogger('silent'), routers: [drafts.router], serveClient: false, pool });
const server = createHttpServer(app, serving);
let url = '';

beforeAll(async () => {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  await pool.ready;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
  await pool.close();
  await drafts.close();
  rmSync(dataDir, { recursive: true, force: true });
});

const lint = (body: unknown) => request(app).post('/api/lint').send(body as object);

function expectTyped(response: { status: number; body: unknown; headers: Record<string, string> }, status: number, code: string) {
  expect(response.status).toBe(status);
  expect(response.headers['content-type']).toMatch(/^application\/json/);
  const { error } = errorResponseSchema.parse(response.body);
  expect(error.code).toBe(code);
  expect(error.message).toMatch(/[åäö]/u);
  return error;
}

describe('bounded requests and answers', () => {
  test('20,000 characters of "Ni " answer with at most 50 findings per rule and one summary that counts the rest', async () => {
    const text = 'Ni '.repeat(6_666);
    const response = await lint({ text, channels: [] }).expect(200);
    const { messages } = lintResponseSchema.parse(response.body);
    const ni = messages.filter((message) => message.ruleId === 'ton-du-tilltal-ni');
    expect(ni).toHaveLength(51);
    // 6,666 in all: 50 shown one by one, the 51st says how many more there are, and sits where the first of them is.
    const summary = ni.find((message) => message.message.includes('till av samma slag'))!;
    expect(summary.message).toContain(`Och ${(6_666 - 50).toLocaleString('sv-SE')} till av samma slag`);
    expect(summary.start).toBe(50 * 3);
    expect(text.slice(summary.start, summary.end)).toBe(summary.actual);
    expect(summary.expected).toEqual([]);
    for (const ruleId of new Set(messages.map((message) => message.ruleId))) {
      expect(messages.filter((message) => message.ruleId === ruleId).length, ruleId).toBeLessThanOrEqual(51);
    }
    expect(response.text.length).toBeLessThan(200_000);
  });

  test('the limit is per post: alt texts share it with the text, and a linter may set another', () => {
    const small = createLinters(undefined, 'alingsas', { maxFindingsPerRule: 3 }).get(undefined);
    const result = small.lintPost({ text: 'Ni Ni', channels: [], media: [{ type: 'image', altText: 'Ni Ni Ni' }] });
    const ni = result.messages.filter((message) => message.ruleId === 'ton-du-tilltal-ni');
    expect(ni.filter((message) => !message.message.includes('till av samma slag'))).toHaveLength(3);
    const summary = ni.find((message) => message.message.includes('till av samma slag'))!;
    expect(summary.message).toContain('Och 2 till av samma slag');
    expect(summary.field).toBe('media[0].altText');
  });

  test('a post plus alt texts over 40,000 UTF-16 units is a 413 with a Swedish message; exactly 40,000 is linted', async () => {
    const altTexts = (count: number) => Array.from({ length: count }, () => ({ type: 'image', altText: 'Barn som läser. '.repeat(312).slice(0, 5_000) }));
    const over = await lint({ text: 'a'.repeat(20_000), media: altTexts(5) });
    const error = expectTyped(over, 413, 'payload_too_large');
    expect(error.message).toBe(`Inlägget och alternativtexterna får vara högst ${(40_000).toLocaleString('sv-SE')} tecken tillsammans.`);
    await lint({ text: 'a'.repeat(20_000), media: altTexts(4) }).expect(200);
  });

  test('a lint over POSTKOLL_POOL_LINT_FROM is answered by the pool with the same JSON and headers as the request thread gives', async () => {
    const text = 'Välkommen till biblioteket! Ring 070-123 45 67 om du undrar något. '.repeat(90);
    expect(text.length).toBeGreaterThanOrEqual(serving.pool.lintFromUnits);
    const response = await lint({ text, channels: ['facebook', 'x'] }).expect(200);
    expect(response.headers['content-type']).toBe('application/json; charset=utf-8');
    expect(Number(response.headers['content-length'])).toBe(Buffer.byteLength(response.text));
    expect(response.body).toEqual(JSON.parse(JSON.stringify(linters.get(undefined).lintPost({ text, channels: ['facebook', 'x'] }))));
    expect(lintResponseSchema.parse(response.body).messages.length).toBeGreaterThan(0);
  });

  test('a lone surrogate in a draft is refused with its position, so stored text and offsets never change', async () => {
    const response = await request(app).post('/api/drafts').send({ text: 'Hej 😀 och \ud83d då', authorName: 'Sara' });
    const error = expectTyped(response, 400, 'invalid_request');
    expect(JSON.stringify(error.issues)).toContain('vid position 11');
    const name = await request(app).post('/api/drafts').send({ text: 'Hej', authorName: 'Sara \udc00' });
    expectTyped(name, 400, 'invalid_request');
  });

  test('a comment that starts or ends inside a surrogate pair is refused; one around the whole emoji is kept', async () => {
    const text = 'Välkommen 🎉 till biblioteket!';
    const created = createDraftResponseSchema.parse((await request(app).post('/api/drafts').send({ text, authorName: 'Sara' }).expect(201)).body);
    const comment = (start: number, end: number) =>
      request(app).post(`/api/drafts/${created.reviewToken}/comments`).send({ version: 1, start, end, body: 'Byt emoji?', authorName: 'Kim' });
    const emoji = text.indexOf('🎉');
    for (const [start, end] of [[emoji + 1, emoji + 2], [emoji, emoji + 1]]) {
      const error = expectTyped(await comment(start!, end!), 400, 'invalid_request');
      expect(error.message).toContain('mitt i ett tecken');
    }
    expect((await comment(emoji, emoji + 2)).status).toBe(201);
  });
});

describe('work off the request thread', () => {
  test('suggestions past their deadline answer 503 overloaded, and the pool serves the next word', async () => {
    const slow = await request(app).get('/api/suggestions').query({ word: 'ntrfie' });
    expectTyped(slow, 503, 'overloaded');
    expect(slow.headers['retry-after']).toBe('2');
    // The stopped thread is replaced; a real typo then gets its answer.
    let answer = await request(app).get('/api/suggestions').query({ word: 'biblotek' });
    for (let attempt = 0; attempt < 20 && answer.status === 503; attempt++) {
      await new Promise((resolve) => setTimeout(resolve, 200));
      answer = await request(app).get('/api/suggestions').query({ word: 'biblotek' });
    }
    expect(answer.status).toBe(200);
    expect(answer.body.suggestions).toContain('bibliotek');
  });

  test("one client's slow suggestions neither queue up nor hold another client's lint", async () => {
    const suggest = (word: string) => fetch(`${url}/api/suggestions?word=${word}`, { headers: { 'X-Forwarded-For': '10.0.0.1' } });
    // One pool task per client: the second word is refused at once instead of waiting behind the first.
    const first = suggest('cnclue');
    await new Promise((resolve) => setTimeout(resolve, 20));
    const second = await suggest('fvmfae');
    expect(second.status).toBe(503);
    // Another client's lint is answered while the first client's task still holds the pool.
    const other = fetch(`${url}/api/lint`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'X-Forwarded-For': '10.0.0.2' },
      body: JSON.stringify({ text: 'Välkommen till biblioteket!' }),
    }).then((response) => ({ who: 'other', status: response.status }));
    const winner = await Promise.race([other, first.then((response) => ({ who: 'first', status: response.status }))]);
    expect(winner).toEqual({ who: 'other', status: 200 });
    expect((await first).status).toBe(503);
  });
});

/** Sends raw bytes and reads until the server closes the connection. */
function rawExchange(bytes: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = connect(Number(new URL(url).port), '127.0.0.1', () => socket.write(bytes));
    let data = '';
    socket.on('data', (chunk) => (data += chunk.toString('utf8')));
    socket.on('end', () => resolve(data));
    socket.on('error', reject);
  });
}

describe('HTTP edges', () => {
  test('the server runs on limits of seconds, not minutes, and caps its connections', () => {
    expect(server.headersTimeout).toBe(1_000);
    expect(server.requestTimeout).toBe(2_000);
    expect(server.keepAliveTimeout).toBe(5_000);
    expect(server.maxConnections).toBe(1_000);
    const defaults = configFromEnv({}).serving.http;
    expect(defaults).toEqual({ headersTimeoutMs: 10_000, requestTimeoutMs: 15_000, keepAliveTimeoutMs: 5_000, maxConnections: 1_000 });
  });

  test('a body shorter than its Content-Length is answered 408 in JSON once the request time is up', async () => {
    const answer = await rawExchange('POST /api/lint HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n{"text":"Hej');
    expect(answer).toMatch(/^HTTP\/1\.1 408 /);
    expect(answer).toMatch(/^content-type: application\/json/im);
    expect(answer).toContain('"code":"invalid_request"');
    expect(answer).toContain('Förfrågan tog för lång tid att skicka.');
  });

  test('POST / and OPTIONS answer a typed Swedish 404 instead of Express\'s English HTML', async () => {
    for (const response of [await request(app).post('/').send({ a: 1 }), await request(app).options('/api/lint'), await request(app).delete('/')]) {
      expectTyped(response, 404, 'not_found');
    }
  });

  test('an Expect header other than 100-continue is a 417 with a JSON body and the security headers', async () => {
    const answer = await rawExchange('GET /api/health HTTP/1.1\r\nHost: x\r\nExpect: bogus\r\nConnection: close\r\n\r\n');
    expect(answer).toMatch(/^HTTP\/1\.1 417 /);
    expect(answer).toMatch(/^x-content-type-options: nosniff/im);
    expect(answer).toMatch(/^content-security-policy: default-src 'none'/im);
    expect(answer).toContain('"code":"invalid_request"');
  });

  test('HSTS only when the deployment says it is on HTTPS', async () => {
    expect((await request(app).get('/api/health')).headers['strict-transport-security']).toBeUndefined();
    const httpsConfig = { ...config, serving: { ...serving, https: true } };
    const httpsApp = createApp({ config: httpsConfig, linters, logger: createLogger('silent'), serveClient: false, pool });
    expect((await request(httpsApp).get('/api/health')).headers['strict-transport-security']).toBe('max-age=31536000');
    expect(() => configFromEnv({ POSTKOLL_HTTPS: 'kanske' })).toThrow(/POSTKOLL_HTTPS/);
  });
});
