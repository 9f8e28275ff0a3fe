import { request as httpRequest } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import request from 'supertest';
import { createApp } from '../../server/app.ts';
import { configFromEnv } from '../../server/config.ts';
import { createLinters } from '../../server/linters.ts';
import { createLogger } from '../../server/logger.ts';
import { errorResponseSchema } from '../../rules/api/schemas.ts';

const linters = createLinters(undefined, 'alingsas');
const appWithLimit = (perMinute: number) =>
  createApp({ config: { ...configFromEnv({ POSTKOLL_RATE_LIMIT: String(perMinute) }) }, linters, logger: createLogger('silent'), serveClient: false });

describe('rate limiting per client', () => {
  test('the limit comes from POSTKOLL_RATE_LIMIT, 600 a minute by default', () => {
    expect(configFromEnv({}).rateLimitPerMinute).toBe(600);
    expect(configFromEnv({ POSTKOLL_RATE_LIMIT: '25' }).rateLimitPerMinute).toBe(25);
  });

  test('a limit that is not a positive whole number stops the server at start instead of blocking or opening everything', () => {
    for (const value of ['0', '-5', '1.5', 'många']) {
      expect(() => configFromEnv({ POSTKOLL_RATE_LIMIT: value }), value).toThrow(/POSTKOLL_RATE_LIMIT/);
    }
  });

  test('past the limit the API answers 429 with a typed Swedish error and says when to try again', async () => {
    const app = appWithLimit(3);
    for (let i = 0; i < 3; i++) {
      const allowed = await request(app).post('/api/lint').send({ text: 'Hej!' }).expect(200);
      expect(allowed.headers['ratelimit-policy']).toBe('3;w=60;comment="per server process"');
    }
    const refused = await request(app).post('/api/lint').send({ text: 'Hej!' }).expect(429);
    const { error } = errorResponseSchema.parse(refused.body);
    expect(error.code).toBe('rate_limited');
    expect(error.message).toMatch(/förfrågningar.*vänta/i);
    expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0);
    // The limit is counted per server process (README "Deployment"); the policy says so.
    expect(refused.headers['ratelimit-policy']).toBe('3;w=60;comment="per server process"');
    expect(refused.headers.ratelimit).toMatch(/^limit=3, remaining=0, reset=\d+$/);
    expect(refused.headers['content-type']).toMatch(/^application\/json/);
  });

  test('every API endpoint counts, and a refused request is not linted or parsed', async () => {
    const app = appWithLimit(2);
    await request(app).get('/api/rules').expect(200);
    await request(app).get('/api/health').expect(200);
    // Invalid JSON would be a 400 if it got as far as the parser.
    const refused = await request(app).post('/api/lint').set('Content-Type', 'application/json').send('{"text":').expect(429);
    expect(errorResponseSchema.parse(refused.body).error.code).toBe('rate_limited');
  });

  test('a forged X-Forwarded-For does not step around the limit when no proxy is trusted', async () => {
    const app = appWithLimit(2);
    await request(app).get('/api/health').set('X-Forwarded-For', '10.0.0.1').expect(200);
    await request(app).get('/api/health').set('X-Forwarded-For', '10.0.0.2').expect(200);
    await request(app).get('/api/health').set('X-Forwarded-For', '10.0.0.3').expect(429);
  });

  test('behind a trusted reverse proxy (POSTKOLL_TRUST_PROXY) each user behind it has a limit of their own', async () => {
    const config = configFromEnv({ POSTKOLL_RATE_LIMIT: '2', POSTKOLL_TRUST_PROXY: 'loopback' });
    const app = createApp({ config, linters, logger: createLogger('silent'), serveClient: false });
    for (const user of ['10.0.0.1', '10.0.0.2']) {
      await request(app).get('/api/health').set('X-Forwarded-For', user).expect(200);
      await request(app).get('/api/health').set('X-Forwarded-For', user).expect(200);
      await request(app).get('/api/health').set('X-Forwarded-For', user).expect(429);
    }
    expect(configFromEnv({ POSTKOLL_TRUST_PROXY: '1' }).trustProxy).toBe(1);
    expect(configFromEnv({}).trustProxy).toBe(false);
    expect(() => configFromEnv({ POSTKOLL_TRUST_PROXY: 'true' })).toThrow(/POSTKOLL_TRUST_PROXY/);
  });

  describe('over real sockets from two client addresses', () => {
    const app = appWithLimit(2);
    const server = app.listen(0, '127.0.0.1');
    let port = 0;
    beforeAll(async () => {
      if (!server.listening) await new Promise((resolve) => server.once('listening', resolve));
      port = (server.address() as AddressInfo).port;
    });
    afterAll(() => new Promise((resolve) => server.close(resolve)));

    const get = (localAddress: string) =>
      new Promise<number>((resolve, reject) => {
        const req = httpRequest({ host: '127.0.0.1', port, path: '/api/health', localAddress, agent: false }, (res) => {
          res.resume();
          res.on('end', () => resolve(res.statusCode!));
        });
        req.on('error', reject);
        req.end();
      });

    test('one client past its limit does not block another', async () => {
      expect(await get('127.0.0.1')).toBe(200);
      expect(await get('127.0.0.1')).toBe(200);
      expect(await get('127.0.0.1')).toBe(429);
      expect(await get('127.0.0.2')).toBe(200);
      expect(await get('127.0.0.2')).toBe(200);
      expect(await get('127.0.0.2')).toBe(429);
    });
  });
});
