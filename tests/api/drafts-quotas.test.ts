import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import request from 'supertest';
import { errorResponseSchema } from '../../rules/api/schemas.ts';
import { defaultDraftQuotas } from '../../server/drafts/quotas.ts';
import type { DraftQuotas } from '../../server/drafts/store.ts';
import { startApp } from '../support/app-process.ts';
import { draftsApp } from './drafts-app.ts';

const apps: Array<ReturnType<typeof draftsApp>> = [];
afterAll(async () => {
  for (const item of apps) await item.drafts.close();
});

function appWith(quotas: Partial<DraftQuotas>, trustProxy: number | string | false = false) {
  const item = draftsApp({ config: { draftQuotas: { ...defaultDraftQuotas, ...quotas }, trustProxy } });
  apps.push(item);
  return item.app;
}

type App = ReturnType<typeof appWith>;
const create = (app: App, forwardedFor?: string) => {
  const call = request(app).post('/api/drafts');
  if (forwardedFor) call.set('X-Forwarded-For', forwardedFor);
  return call.send({ text: 'Öppet hus på lördag.', authorName: 'Sara' });
};

function refusal(response: request.Response, status: number, code: string, message: RegExp) {
  expect(response.status).toBe(status);
  const body = errorResponseSchema.parse(response.body);
  expect(body.error).toMatchObject({ code, message: expect.stringMatching(message) });
  // Every refusal says that what the user wrote is not lost.
  expect(body.error.message).toMatch(/finns kvar/);
}

describe('quota refusals over HTTP: typed, Swedish, and the text is kept', () => {
  test('versions per draft: 409 quota_exceeded naming the limit', async () => {
    const app = appWith({ versionsPerDraft: 2 });
    const { body } = await create(app).expect(201);
    await request(app).put(`/api/drafts/${body.authorToken}`).send({ text: 'Två', baseVersion: 1 }).expect(200);
    const refused = await request(app).put(`/api/drafts/${body.authorToken}`).send({ text: 'Tre', baseVersion: 2 });
    refusal(refused, 409, 'quota_exceeded', /högst 2 versioner/);
    expect(refused.body).toMatchObject({ quota: 'versionsPerDraft', limit: 2 });
    // A quota refusal is no stale save: the client must not offer to reload a newer version.
    expect(refused.body).not.toHaveProperty('latestVersion');
  });

  test('comments per draft: 409 quota_exceeded', async () => {
    const app = appWith({ commentsPerDraft: 1 });
    const { body } = await create(app).expect(201);
    const comment = { version: 1, start: 0, end: 0, body: 'Bra!', authorName: 'Rita' };
    await request(app).post(`/api/drafts/${body.reviewToken}/comments`).send(comment).expect(201);
    refusal(await request(app).post(`/api/drafts/${body.reviewToken}/comments`).send(comment), 409, 'quota_exceeded', /1 kommentarer/);
  });

  test('drafts per client per day: 429, counted by address; X-Forwarded-For only behind a trusted proxy', async () => {
    const direct = appWith({ draftsPerClientPerDay: 1 });
    await create(direct, '198.51.100.1').expect(201);
    // Without POSTKOLL_TRUST_PROXY the header is ignored: both requests come from the same loopback client.
    refusal(await create(direct, '198.51.100.2'), 429, 'rate_limited', /1 utkast .* senaste dygnet/);

    const proxied = appWith({ draftsPerClientPerDay: 1 }, 'loopback');
    await create(proxied, '198.51.100.1').expect(201);
    await create(proxied, '198.51.100.2').expect(201);
    refusal(await create(proxied, '198.51.100.1'), 429, 'rate_limited', /Försök igen i morgon/);
  });

  test('database size guard: 507 storage_full', async () => {
    const app = appWith({ databaseBytes: 1 });
    refusal(await create(app), 507, 'storage_full', /inte plats/);
  });

  test('the OpenAPI document lists the refusals and the older-version endpoint', async () => {
    const { body } = await request(appWith({})).get('/api/openapi.json').expect(200);
    expect(body.paths['/api/drafts'].post.responses).toHaveProperty('429');
    expect(body.paths['/api/drafts'].post.responses).toHaveProperty('507');
    expect(body.paths['/api/drafts/{token}'].put.responses).toHaveProperty('507');
    expect(body.paths['/api/drafts/{token}/comments'].post.responses).toHaveProperty('409');
    expect(body.paths['/api/drafts/{token}/versions/{number}'].get.responses).toHaveProperty('200');
    const view = body.paths['/api/drafts/{token}'].get.responses['200'].content['application/json'].schema;
    expect(view.properties).toHaveProperty('latest');
    expect(view.properties.history.items.properties).not.toHaveProperty('text');
  });
});

describe('deleted means deleted, through the real server', () => {
  test('after DELETE and a clean stop, the raw database files (db, -wal, -shm) hold no trace of the draft', async () => {
    // node itself (not npm) so that the exit code is the server's own after SIGTERM.
    const app = await startApp({ LOG_LEVEL: 'silent' }, [process.execPath, '--import', 'tsx', 'server/start.ts']);
    const marker = 'MARKÖR-e2e-41c7';
    const post = (path: string, body: unknown, method = 'POST') =>
      fetch(`${app.url}${path}`, { method, headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });
    try {
      const created = (await (await post('/api/drafts', { text: `Text ${marker}-text om öppet hus.`, authorName: `Sara ${marker}-namn` })).json()) as {
        authorToken: string;
        reviewToken: string;
      };
      expect((await post(`/api/drafts/${created.reviewToken}/comments`, { version: 1, start: 0, end: 4, body: `Kommentar ${marker}-kommentar`, authorName: 'Rita' })).status).toBe(201);
      const kept = (await (await post('/api/drafts', { text: 'Den här texten finns kvar-4d1e.', authorName: 'Per' })).json()) as { id: string };
      expect(kept.id).toBeTruthy();
      expect((await fetch(`${app.url}/api/drafts/${created.authorToken}`, { method: 'DELETE' })).status).toBe(204);
    } finally {
      expect(await app.stop('SIGTERM')).toBe(0);
    }
    const file = join(app.dataDir, 'postkoll.db');
    const files = [file, `${file}-wal`, `${file}-shm`].filter((path) => existsSync(path)).map((path) => readFileSync(path));
    expect(files.some((bytes) => bytes.includes(Buffer.from('finns kvar-4d1e')))).toBe(true);
    for (const part of ['text', 'namn', 'kommentar']) expect(files.some((bytes) => bytes.includes(Buffer.from(`${marker}-${part}`)))).toBe(false);
  }, 120_000);
});
