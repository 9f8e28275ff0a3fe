/**
 * Bad input on every endpoint: each kind gets a typed Swedish error (api.md) or, where the input is
 * odd but harmless, an ordinary answer, and never a 5xx.
 *
 * Decision on odd characters: lone surrogates, NUL, other C0/C1 control characters and bidi marks
 * are linted like any other text (200). Drafts are pasted from Word, PDFs and web pages and carry
 * such characters; refusing them would block the user for nothing, and every offset stays a valid
 * UTF-16 index into the submitted text.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { request as httpRequest, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import request from 'supertest';
import { createApp } from '../../server/app.ts';
import { configFromEnv } from '../../server/config.ts';
import { createLinters } from '../../server/linters.ts';
import { createLogger } from '../../server/logger.ts';
import { openSqliteDrafts } from '../../server/drafts/index.ts';
import { answerClientErrors } from '../../server/errors.ts';
import { errorResponseSchema, lintResponseSchema, type ErrorCode } from '../../rules/api/schemas.ts';
import { createDraftResponseSchema } from '../../rules/api/drafts.ts';

const dataDir = mkdtempSync(join(tmpdir(), 'postkoll-bad-input-'));
const config = { ...configFromEnv({}), databaseFile: join(dataDir, 'postkoll.db'), rateLimitPerMinute: 100_000 };
const linters = createLinters(undefined, 'alingsas');
const drafts = openSqliteDrafts(config, linters);
const app = createApp({ config, linters, logger: createLogger('silent'), routers: [drafts.router], serveClient: false });
const server = app.listen(0, '127.0.0.1');
answerClientErrors(server);
let port = 0;
let tokens = { author: '', review: '' };

beforeAll(async () => {
  if (!server.listening) await new Promise((resolve) => server.once('listening', resolve));
  port = (server.address() as AddressInfo).port;
  const created = await request(app).post('/api/drafts').send({ text: 'Välkommen till biblioteket!', authorName: 'Sara' }).expect(201);
  const body = createDraftResponseSchema.parse(created.body);
  tokens = { author: body.authorToken, review: body.reviewToken };
});

afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
  await drafts.close();
  rmSync(dataDir, { recursive: true, force: true });
});

// ------------------------------------------------------------------ helpers

interface Answer {
  status: number;
  headers: IncomingHttpHeaders;
  body: unknown;
  text: string;
}

/** A request over a real socket, for what supertest cannot send: no Content-Type, raw paths, streams, huge headers. */
function raw(options: { method: string; path: string; headers?: Record<string, string>; body?: Buffer | Readable }): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = httpRequest({ host: '127.0.0.1', port, method: options.method, path: options.path, headers: options.headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => {
        const text = Buffer.concat(chunks).toString('utf8');
        let body: unknown;
        try {
          body = JSON.parse(text);
        } catch {
          body = undefined;
        }
        resolve({ status: res.statusCode!, headers: res.headers, body, text });
      });
    });
    // The server may answer (413, 431) and close before a huge body is written: that is the point.
    req.on('error', (error: NodeJS.ErrnoException) => (['EPIPE', 'ECONNRESET'].includes(error.code ?? '') ? undefined : reject(error)));
    if (options.body instanceof Readable) options.body.pipe(req);
    else req.end(options.body);
  });
}

const swedishWords = /[åäö]|\b(och|är|inte|ingen|en|ett|det|du|ditt|din|vi|som|kan|med|till|av|om|skriv|skicka|ange|ska|vara|eller|texten|kanal|profil|högst|adress|ogiltig|saknas|fick|lista|regeln)\b/i;
const englishWords = /\b(the|invalid|expected|received|must|should|not found|error|input|unrecognized|too big|too small)\b/i;

/** The api.md error shape, with a Swedish message and Swedish findings. */
function expectTypedSwedishError(answer: Answer, status: number, code: ErrorCode) {
  expect(answer.status, answer.text.slice(0, 300)).toBe(status);
  expect(String(answer.headers['content-type'])).toMatch(/^application\/json/);
  const { error } = errorResponseSchema.parse(answer.body);
  expect(error.code).toBe(code);
  expect(error.message).toMatch(swedishWords);
  expect(error.message).not.toMatch(englishWords);
  for (const issue of error.issues ?? []) {
    expect(issue.message, JSON.stringify(issue)).toMatch(swedishWords);
    expect(issue.message, JSON.stringify(issue)).not.toMatch(englishWords);
  }
}

// ------------------------------------------------------------------ the table

type Method = 'GET' | 'POST' | 'PUT' | 'DELETE';
type Outcome = { status: number; code: ErrorCode } | { status: 200 | 201; check?: (body: any, sent: unknown) => void };

interface BadInput {
  name: string;
  method: Method;
  /** A function when the path needs a draft token made in beforeAll. */
  path: string | (() => string);
  /** An object is sent as JSON; a string or Buffer as is. */
  body?: unknown;
  /** Content-Type; null sends none. Defaults to application/json when there is a body. */
  type?: string | null;
  headers?: Record<string, string>;
  /** Send over a raw socket instead of supertest. */
  socket?: boolean;
  expect: Outcome;
}

const lint = (body: unknown, expectOutcome: Outcome, extra: Partial<BadInput> = {}): Omit<BadInput, 'name'> => ({
  method: 'POST',
  path: '/api/lint',
  body,
  expect: expectOutcome,
  ...extra,
});
const bad = (code: ErrorCode, status = ({ invalid_request: 400, payload_too_large: 413, unsupported_media_type: 415, not_found: 404, forbidden: 403 } as Record<string, number>)[code]!) =>
  ({ status, code }) as Outcome;

/** A successful lint whose every finding slices the sent text to exactly what it flags. */
const lintsCleanly: Outcome = {
  status: 200,
  check: (body, sent) => {
    const parsed = lintResponseSchema.parse(body);
    const text = (sent as { text: string }).text;
    for (const message of parsed.messages.filter((m) => !m.field)) {
      expect(message.start).toBeGreaterThanOrEqual(0);
      expect(message.end).toBeLessThanOrEqual(text.length);
      expect(text.slice(message.start, message.end)).toBe(message.actual);
    }
  },
};

const deep = (depth: number, inner = '"x"') => '['.repeat(depth) + inner + ']'.repeat(depth);
const deepObject = (depth: number) => '{"a":'.repeat(depth) + '1' + '}'.repeat(depth);
const mb = (n: number) => Math.round(n * 1024 * 1024);
const author = () => tokens.author;
const reviewer = () => tokens.review;

const cases: BadInput[] = [
  // --- malformed bodies
  { name: 'invalid JSON (cut off)', ...lint('{"text": "Hej', bad('invalid_request')) },
  { name: 'invalid JSON (single quotes)', ...lint("{'text': 'Hej'}", bad('invalid_request')) },
  { name: 'invalid JSON (garbage after the object)', ...lint('{"text":"Hej"} x', bad('invalid_request')) },
  { name: 'invalid JSON (bad \\u escape)', ...lint('{"text":"\\uZZZZ"}', bad('invalid_request')) },
  { name: 'invalid UTF-8 bytes in the body', ...lint(Buffer.from([0x7b, 0x22, 0x74, 0x65, 0x78, 0x74, 0x22, 0x3a, 0x22, 0xff, 0xfe, 0x22, 0x7d]), lintsCleanly) },
  { name: 'a byte order mark before the JSON is tolerated', ...lint(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('{"text":"Hej"}')]), lintsCleanly) },
  { name: 'empty body with a JSON content type', ...lint('', bad('invalid_request')) },
  { name: 'JSON null', ...lint('null', bad('invalid_request')) },
  { name: 'a JSON array instead of an object', ...lint('[]', bad('invalid_request')) },
  { name: 'a bare JSON string', ...lint('"Hej"', bad('invalid_request')) },
  { name: 'a bare JSON number', ...lint('42', bad('invalid_request')) },
  // --- content type and encoding
  { name: 'text/plain content type', ...lint('{"text":"Hej"}', bad('unsupported_media_type'), { type: 'text/plain' }) },
  { name: 'form-urlencoded content type', ...lint('text=Hej', bad('unsupported_media_type'), { type: 'application/x-www-form-urlencoded' }) },
  { name: 'multipart content type', ...lint('--x\r\n\r\nHej\r\n--x--', bad('unsupported_media_type'), { type: 'multipart/form-data; boundary=x' }) },
  { name: 'no content type at all', ...lint('{"text":"Hej"}', bad('unsupported_media_type'), { type: null, socket: true }) },
  { name: 'JSON in latin-1', ...lint('{"text":"Hej"}', bad('unsupported_media_type'), { type: 'application/json; charset=latin1' }) },
  { name: 'an unknown content encoding', ...lint('{"text":"Hej"}', bad('unsupported_media_type'), { headers: { 'Content-Encoding': 'compress' } }) },
  { name: 'gzip that does not inflate', ...lint('not gzip at all', bad('invalid_request'), { headers: { 'Content-Encoding': 'gzip' } }) },
  { name: 'a gzip bomb (50 MB of zeros inflated)', ...lint(gzipSync(Buffer.alloc(mb(50), 0x20)), bad('payload_too_large'), { headers: { 'Content-Encoding': 'gzip' } }) },
  // --- size
  { name: 'a text one UTF-16 unit too long', ...lint({ text: 'a'.repeat(20_001) }, bad('payload_too_large')) },
  { name: 'a text of 10,001 emoji (20,002 UTF-16 units, 10,001 code points)', ...lint({ text: '😀'.repeat(10_001) }, bad('payload_too_large')) },
  { name: '20,000 emoji', ...lint({ text: '😀'.repeat(20_000) }, bad('payload_too_large')) },
  { name: 'a body over the byte limit (1.2 MB) with a short text', ...lint({ text: 'Hej', channels: ['facebook'], pad: 'x'.repeat(mb(1.2)) }, bad('payload_too_large')) },
  { name: 'a 10 MB body', ...lint(Buffer.alloc(mb(10), 0x20), bad('payload_too_large'), { socket: true }) },
  {
    name: 'a 10 MB chunked body without Content-Length',
    ...lint(Readable.from((function* () { for (let i = 0; i < 160; i++) yield Buffer.alloc(65_536, 0x20); })()), bad('payload_too_large'), { socket: true }),
  },
  { name: 'deep JSON nesting in the text field (100,000 levels)', ...lint(`{"text":${deep(100_000)}}`, bad('invalid_request')) },
  { name: 'deep JSON nesting in an unknown field', ...lint(`{"text":"Hej","x":${deepObject(50_000)}}`, bad('invalid_request')) },
  { name: 'deep JSON nesting as the whole body', ...lint(deep(200_000), bad('invalid_request')) },
  // --- odd but harmless text: linted (see the decision above)
  { name: 'a lone high surrogate', ...lint({ text: 'Hej \ud800 då 811218-9876' }, lintsCleanly) },
  { name: 'a lone low surrogate at the start', ...lint({ text: '\udc00Hej då' }, lintsCleanly) },
  { name: 'NUL and other control characters', ...lint({ text: 'Hej\u0000då\u0001\u0007\u001b[31m röd\u007f\u0085\u009b text.' }, lintsCleanly) },
  { name: 'RTL and bidi override marks', ...lint({ text: '\u202eHej\u202c \u200fdå\u200e \u2067Alingsås\u2069 #\u202ekommun' }, lintsCleanly) },
  { name: 'a very long single word (20,000 letters)', ...lint({ text: 'ö'.repeat(20_000) }, lintsCleanly) },
  { name: '10,000 emoji (exactly the limit in UTF-16 units)', ...lint({ text: '🎉'.repeat(10_000) }, lintsCleanly) },
  { name: 'only whitespace', ...lint({ text: ' \n\t\u00a0\u2028\u3000' }, lintsCleanly) },
  // --- wrong fields and types
  { name: 'missing text', ...lint({ channels: ['facebook'] }, bad('invalid_request')) },
  { name: 'text is a number', ...lint({ text: 42 }, bad('invalid_request')) },
  { name: 'text is null', ...lint({ text: null }, bad('invalid_request')) },
  { name: 'text is an array', ...lint({ text: ['Hej'] }, bad('invalid_request')) },
  { name: 'text is an object', ...lint({ text: { toString: 'Hej' } }, bad('invalid_request')) },
  { name: 'an unknown top-level field', ...lint({ text: 'Hej', admin: true }, bad('invalid_request')) },
  { name: 'a __proto__ key', ...lint('{"text":"Hej","__proto__":{"polluted":true}}', bad('invalid_request')) },
  { name: 'a constructor.prototype key', ...lint({ text: 'Hej', constructor: { prototype: { polluted: true } } }, bad('invalid_request')) },
  { name: 'channels is a string', ...lint({ text: 'Hej', channels: 'facebook' }, bad('invalid_request')) },
  { name: 'channels holds numbers', ...lint({ text: 'Hej', channels: [1, 2] }, bad('invalid_request')) },
  { name: 'channels holds an empty id', ...lint({ text: 'Hej', channels: [''] }, bad('invalid_request')) },
  { name: 'an unknown channel', ...lint({ text: 'Hej', channels: ['facebook', 'myspace'] }, bad('invalid_request')) },
  { name: 'a channel id that is a prototype key', ...lint({ text: 'Hej', channels: ['__proto__', 'constructor', 'toString'] }, bad('invalid_request')) },
  { name: '21 channels', ...lint({ text: 'Hej', channels: Array.from({ length: 21 }, () => 'facebook') }, bad('invalid_request')) },
  { name: 'an unknown profile', ...lint({ text: 'Hej', profile: 'stockholm' }, bad('invalid_request')) },
  { name: 'a profile id that is a prototype key', ...lint({ text: 'Hej', profile: '__proto__' }, bad('invalid_request')) },
  { name: 'profile is a number', ...lint({ text: 'Hej', profile: 1 }, bad('invalid_request')) },
  { name: 'a 10,000-character profile id', ...lint({ text: 'Hej', profile: 'p'.repeat(10_000) }, bad('invalid_request')) },
  { name: 'media is an object', ...lint({ text: 'Hej', media: { type: 'image' } }, bad('invalid_request')) },
  { name: '21 media items', ...lint({ text: 'Hej', media: Array.from({ length: 21 }, () => ({ type: 'image' })) }, bad('invalid_request')) },
  { name: '10,000 media items', ...lint({ text: 'Hej', media: Array.from({ length: 10_000 }, () => ({ type: 'image', altText: 'Barn som läser' })) }, bad('invalid_request')) },
  { name: 'a media type that does not exist', ...lint({ text: 'Hej', media: [{ type: 'audio' }] }, bad('invalid_request')) },
  { name: 'altText is a number', ...lint({ text: 'Hej', media: [{ type: 'image', altText: 5 }] }, bad('invalid_request')) },
  { name: 'altText one unit too long', ...lint({ text: 'Hej', media: [{ type: 'image', altText: 'a'.repeat(5_001) }] }, bad('invalid_request')) },
  { name: 'decorative is a string', ...lint({ text: 'Hej', media: [{ type: 'image', decorative: 'ja' }] }, bad('invalid_request')) },
  { name: 'consent outside its list', ...lint({ text: 'Hej', media: [{ type: 'image', consent: 'maybe' }] }, bad('invalid_request')) },
  { name: 'an unknown media field', ...lint({ text: 'Hej', media: [{ type: 'image', url: 'file:///etc/passwd' }] }, bad('invalid_request')) },
  { name: 'a media item that is null', ...lint({ text: 'Hej', media: [null] }, bad('invalid_request')) },
  { name: 'alt texts with control characters and lone surrogates', ...lint({ text: 'Hej', media: [{ type: 'image', altText: 'Barn\u0000 \ud800 läser\u202e' }] }, lintsCleanly) },
  // --- methods and paths
  { name: 'GET on the lint endpoint', method: 'GET', path: '/api/lint', expect: bad('not_found') },
  { name: 'PUT on the lint endpoint', ...lint({ text: 'Hej' }, bad('not_found'), { method: 'PUT' }) },
  { name: 'POST on the health endpoint', method: 'POST', path: '/api/health', body: { x: 1 }, expect: bad('not_found') },
  { name: 'an unknown API path', method: 'GET', path: '/api/admin', expect: bad('not_found') },
  { name: 'invalid JSON sent with a GET', method: 'GET', path: '/api/health', body: '{"x":', expect: bad('invalid_request') },
  { name: 'path traversal in :id, encoded', method: 'GET', path: '/api/profiles/..%2F..%2F..%2Fetc%2Fpasswd', expect: bad('not_found') },
  { name: 'path traversal in :id, raw', method: 'GET', path: '/api/profiles/../../../etc/passwd', socket: true, expect: bad('not_found') },
  { name: 'path traversal to a profile file', method: 'GET', path: '/api/profiles/..%2Fprofiles%2Falingsas.json', expect: bad('not_found') },
  { name: 'a NUL byte in :id', method: 'GET', path: '/api/profiles/alingsas%00', expect: bad('not_found') },
  { name: 'malformed percent-encoding in :id', method: 'GET', path: '/api/profiles/%E0%A4%A', expect: bad('invalid_request') },
  { name: 'a prototype key as :id', method: 'GET', path: '/api/profiles/__proto__', expect: bad('not_found') },
  { name: 'constructor as :id', method: 'GET', path: '/api/profiles/constructor', expect: bad('not_found') },
  { name: 'a 5,000-character :id', method: 'GET', path: `/api/profiles/${'x'.repeat(5_000)}`, expect: bad('not_found') },
  // --- query strings
  { name: 'profile given twice in the query', method: 'GET', path: '/api/rules?profile=alingsas&profile=alingsas', expect: bad('invalid_request') },
  { name: 'an empty profile in the query', method: 'GET', path: '/api/channels?profile=', expect: bad('invalid_request') },
  { name: 'an unknown profile in the query', method: 'GET', path: '/api/channels?profile=..%2F..%2Fetc', expect: bad('invalid_request') },
  { name: 'bracket syntax in the query is not parsed into objects', method: 'GET', path: '/api/rules?profile[toString]=x&profile[__proto__][a]=1', expect: { status: 200 } },
  { name: '1,500 query parameters (more than the parser keeps)', method: 'GET', path: `/api/channels?${Array.from({ length: 1_500 }, (_, i) => `p${i}=${i}`).join('&')}`, expect: { status: 200 } },
  { name: 'malformed percent-encoding in the query', method: 'GET', path: '/api/rules?profile=%E0%A4%A', expect: bad('invalid_request') },
  { name: 'a query on the health and openapi endpoints', method: 'GET', path: '/api/health?__proto__[x]=1&constructor=1', expect: { status: 200 } },
  { name: 'a text body sent to the OpenAPI document', method: 'GET', path: '/api/openapi.json', body: 'hej', type: 'text/plain', expect: { status: 200 } },
  // --- review drafts
  { name: 'a draft token that is too short', method: 'GET', path: '/api/drafts/abc', expect: bad('not_found') },
  { name: 'a well-formed token that does not exist', method: 'GET', path: `/api/drafts/${'A'.repeat(43)}`, expect: bad('not_found') },
  { name: 'path traversal as a draft token', method: 'GET', path: '/api/drafts/..%2F..%2Fdata%2Fpostkoll.db', expect: bad('not_found') },
  { name: 'SQL in a draft token', method: 'GET', path: `/api/drafts/${encodeURIComponent("x' OR '1'='1")}`, expect: bad('not_found') },
  { name: 'a new draft without a name', method: 'POST', path: '/api/drafts', body: { text: 'Hej' }, expect: bad('invalid_request') },
  { name: 'a new draft with a name of only spaces', method: 'POST', path: '/api/drafts', body: { text: 'Hej', authorName: '   ' }, expect: bad('invalid_request') },
  { name: 'a new draft that is too long', method: 'POST', path: '/api/drafts', body: { text: 'a'.repeat(20_001), authorName: 'Sara' }, expect: bad('payload_too_large') },
  { name: 'a new draft with 10,000 media items', method: 'POST', path: '/api/drafts', body: { text: 'Hej', authorName: 'Sara', media: Array.from({ length: 10_000 }, () => ({ type: 'image' })) }, expect: bad('invalid_request') },
  { name: 'a new draft with invalid JSON', method: 'POST', path: '/api/drafts', body: '{"text":', expect: bad('invalid_request') },
  { name: 'a new draft as text/plain', method: 'POST', path: '/api/drafts', body: 'Hej', type: 'text/plain', expect: bad('unsupported_media_type') },
  { name: 'a new version with baseVersion as a string', method: 'PUT', path: () => `/api/drafts/${author()}`, body: { text: 'Hej', baseVersion: '1' }, expect: bad('invalid_request') },
  { name: 'a new version with baseVersion 0.5', method: 'PUT', path: () => `/api/drafts/${author()}`, body: { text: 'Hej', baseVersion: 0.5 }, expect: bad('invalid_request') },
  { name: 'a new version as an empty body', method: 'PUT', path: () => `/api/drafts/${author()}`, body: '', expect: bad('invalid_request') },
  { name: 'a new version through the review link', method: 'PUT', path: () => `/api/drafts/${reviewer()}`, body: { text: 'Hej', baseVersion: 1 }, expect: bad('forbidden') },
  { name: 'a comment whose range ends before it starts', method: 'POST', path: () => `/api/drafts/${reviewer()}/comments`, body: { version: 1, start: 5, end: 2, body: 'Hm', authorName: 'Rolf' }, expect: bad('invalid_request') },
  { name: 'a comment with a negative offset', method: 'POST', path: () => `/api/drafts/${reviewer()}/comments`, body: { version: 1, start: -1, end: 2, body: 'Hm', authorName: 'Rolf' }, expect: bad('invalid_request') },
  { name: 'a comment with offsets as huge numbers', method: 'POST', path: () => `/api/drafts/${reviewer()}/comments`, body: '{"version":1e308,"start":1e999,"end":1,"body":"Hm","authorName":"Rolf"}', expect: bad('invalid_request') },
  { name: 'a comment that is too long', method: 'POST', path: () => `/api/drafts/${reviewer()}/comments`, body: { version: 1, start: 0, end: 0, body: 'x'.repeat(2_001), authorName: 'Rolf' }, expect: bad('invalid_request') },
  { name: 'a deviation for an alt text that cannot exist', method: 'POST', path: () => `/api/drafts/${reviewer()}/deviations`, body: { version: 1, ruleId: 'x', field: 'media[999].altText', start: 0, end: 1, justification: 'Ok', authorName: 'Rolf' }, expect: bad('invalid_request') },
  { name: 'a decision of the wrong type', method: 'POST', path: () => `/api/drafts/${reviewer()}/decision`, body: { version: 1, decision: 42, authorName: 'Rolf' }, expect: bad('invalid_request') },
  { name: 'a decision through the author link', method: 'POST', path: () => `/api/drafts/${author()}/decision`, body: { version: 1, decision: 'approved', authorName: 'Sara' }, expect: bad('forbidden') },
  { name: 'deleting through the review link', method: 'DELETE', path: () => `/api/drafts/${reviewer()}`, expect: bad('forbidden') },
];

describe('bad input gets a typed Swedish error, never a 5xx', () => {
  test('the table covers at least 40 kinds of bad input and every endpoint', () => {
    expect(cases.length).toBeGreaterThanOrEqual(40);
    expect(new Set(cases.map((c) => c.name)).size).toBe(cases.length);
    const paths = cases.map((c) => (typeof c.path === 'string' ? c.path : '/api/drafts/:token'));
    for (const endpoint of ['/api/lint', '/api/rules', '/api/channels', '/api/profiles/', '/api/health', '/api/openapi.json', '/api/drafts', '/api/drafts/:token']) {
      expect(paths.some((path) => path.startsWith(endpoint)), endpoint).toBe(true);
    }
  });

  test.each(cases)('$method $name', async (c) => {
    const path = typeof c.path === 'string' ? c.path : c.path();
    const payload = c.body === undefined ? undefined : typeof c.body === 'string' || Buffer.isBuffer(c.body) || c.body instanceof Readable ? c.body : JSON.stringify(c.body);
    const type = c.type === undefined ? (payload === undefined ? undefined : 'application/json') : c.type;
    let answer: Answer;
    // superagent would serialise a Buffer as JSON: raw bytes and streams go over a plain socket.
    if (c.socket || Buffer.isBuffer(payload) || payload instanceof Readable) {
      const headers: Record<string, string> = { ...c.headers, ...(type ? { 'Content-Type': type } : {}) };
      const body = typeof payload === 'string' ? Buffer.from(payload) : payload;
      if (Buffer.isBuffer(body)) headers['Content-Length'] = String(body.length);
      answer = await raw({ method: c.method, path, headers, body });
    } else {
      let req = request(app)[c.method.toLowerCase() as 'get'](path);
      if (c.headers) req = req.set(c.headers);
      if (type) req = req.set('Content-Type', type);
      if (payload !== undefined) req = req.send(payload as string);
      const response = await req;
      answer = { status: response.status, headers: response.headers, body: response.body, text: response.text };
    }
    expect(answer.status).toBeLessThan(500);
    if ('code' in c.expect) expectTypedSwedishError(answer, c.expect.status, c.expect.code);
    else {
      expect(answer.status, answer.text.slice(0, 300)).toBe(c.expect.status);
      c.expect.check?.(answer.body, c.body);
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe('oversized headers and request lines (real socket)', () => {
  test.each([
    ['one 100 kB header', { path: '/api/health', headers: { 'X-Big': 'x'.repeat(100_000) } }],
    ['a 100 kB cookie', { path: '/api/health', headers: { Cookie: `a=${'x'.repeat(100_000)}` } }],
    ['a 100 kB query string', { path: `/api/rules?profile=${'x'.repeat(100_000)}`, headers: {} }],
    ['a 100 kB path', { path: `/api/profiles/${'x'.repeat(100_000)}`, headers: {} }],
  ])('%s is refused with 431 and a typed Swedish error', async (_name, { path, headers }) => {
    const answer = await raw({ method: 'GET', path, headers });
    expectTypedSwedishError(answer, 431, 'invalid_request');
    expect(answer.headers.connection).toBe('close');
  });

  test('the server still answers after all of the above', async () => {
    const answer = await raw({ method: 'GET', path: '/api/health' });
    expect(answer.status).toBe(200);
    expect(answer.body).toEqual({ status: 'ok' });
  });
});

describe('the body limit itself', () => {
  test('an unparsable POSTKOLL_BODY_LIMIT stops the start (body-parser would read it as no limit)', () => {
    expect(() => configFromEnv({ POSTKOLL_BODY_LIMIT: 'en megabyte' })).toThrow(/POSTKOLL_BODY_LIMIT/);
    expect(configFromEnv({ POSTKOLL_BODY_LIMIT: '200kb' }).bodyLimit).toBe('200kb');
  });

  test('a body past a configured limit is refused before it is parsed', async () => {
    const small = createApp({ config: { ...config, bodyLimit: '1kb' }, linters, logger: createLogger('silent'), serveClient: false });
    const answer = await request(small).post('/api/lint').set('Content-Type', 'application/json').send(`{"text":"${'a'.repeat(2_000)}`);
    expectTypedSwedishError({ status: answer.status, headers: answer.headers, body: answer.body, text: answer.text }, 413, 'payload_too_large');
  });
});
