/**
 * Several app instances on one PostgreSQL, as behind a load balancer: two real server processes
 * (server/start.ts with POSTKOLL_DATABASE_URL) on a throwaway cluster, each with its own port.
 */
import { migrations } from '../../server/drafts/postgres/db.ts';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { conflictResponseSchema, createDraftResponseSchema, draftViewSchema } from '../../rules/api/drafts.ts';
import { startApp, type RunningApp } from '../support/app-process.ts';
import { startPostgres, type TestPostgres } from '../support/postgres.ts';

let cluster: TestPostgres;
let databaseUrl: string;
let instances: RunningApp[] = [];

const serverCommand = [process.execPath, '--import', 'tsx', 'server/start.ts'];

beforeAll(async () => {
  cluster = await startPostgres();
  databaseUrl = await cluster.createDatabase();
  // Started together: both migrate the empty database at once (the advisory lock makes one wait).
  instances = await Promise.all([1, 2].map(() => startApp({ POSTKOLL_DATABASE_URL: databaseUrl, LOG_LEVEL: 'info' }, serverCommand)));
});

afterAll(async () => {
  await Promise.all(instances.map((instance) => instance.stop()));
  await cluster?.stop();
});

const send = (instance: RunningApp, method: string, path: string, body?: unknown) =>
  fetch(`${instance.url}${path}`, {
    method,
    headers: body === undefined ? {} : { 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });

describe('two app instances on one PostgreSQL', () => {
  test('a draft created on one is read, commented on and deleted through the other', async () => {
    const [a, b] = instances as [RunningApp, RunningApp];
    const text = 'Välkommen till öppet hus på biblioteket på lördag!';
    const created = createDraftResponseSchema.parse(await (await send(a, 'POST', '/api/drafts', { text, authorName: 'Sara' })).json());

    const read = await send(b, 'GET', `/api/drafts/${created.reviewToken}`);
    expect(read.status).toBe(200);
    expect(draftViewSchema.parse(await read.json()).latest.text).toBe(text);

    const comment = await send(b, 'POST', `/api/drafts/${created.reviewToken}/comments`, { version: 1, start: 0, end: 9, body: 'Fint!', authorName: 'Rita' });
    expect(comment.status).toBe(201);
    const seenOnA = draftViewSchema.parse(await (await send(a, 'GET', `/api/drafts/${created.authorToken}`)).json());
    expect(seenOnA.comments.map((c) => c.body)).toEqual(['Fint!']);

    expect((await send(b, 'DELETE', `/api/drafts/${created.authorToken}`)).status).toBe(204);
    for (const instance of [a, b]) {
      const gone = await send(instance, 'GET', `/api/drafts/${created.reviewToken}`);
      expect(gone.status).toBe(410);
    }
  });

  test('20 concurrent saves with the same base version, split across both, give exactly one winner and 19 typed 409s', async () => {
    const [a] = instances as [RunningApp, RunningApp];
    const created = createDraftResponseSchema.parse(await (await send(a, 'POST', '/api/drafts', { text: 'Version ett.', authorName: 'Sara' })).json());
    const answers = await Promise.all(
      Array.from({ length: 20 }, async (_, index) => {
        const response = await send(instances[index % 2]!, 'PUT', `/api/drafts/${created.authorToken}`, { text: `Version två, försök ${index}.`, baseVersion: 1 });
        return { index, status: response.status, body: (await response.json()) as unknown };
      }),
    );
    const winners = answers.filter((answer) => answer.status === 200);
    const conflicts = answers.filter((answer) => answer.status === 409);
    expect(winners).toHaveLength(1);
    expect(conflicts).toHaveLength(19);
    for (const conflict of conflicts) {
      const body = conflictResponseSchema.parse(conflict.body);
      expect(body.latestVersion).toBe(2);
      expect(body.error.message).toMatch(/version 2/);
    }
    // Both instances took part in the race.
    expect(new Set(conflicts.map((conflict) => conflict.index % 2))).toEqual(new Set([0, 1]));
    const view = draftViewSchema.parse(await (await send(instances[1]!, 'GET', `/api/drafts/${created.reviewToken}`)).json());
    expect(view.history.map((version) => version.number)).toEqual([1, 2]);
    expect(view.latest.text).toBe(`Version två, försök ${winners[0]!.index}.`);
    console.log(`race across two instances: ${winners.length} winner, ${conflicts.length} × 409 conflict`);
  });

  test('the rate limit is per instance, and each instance says so in its policy header', async () => {
    for (const instance of instances) {
      const response = await send(instance, 'GET', '/api/health');
      expect(response.headers.get('ratelimit-policy')).toMatch(/;comment="per server process"$/);
    }
  });

  test('a rolling restart: one instance stops on SIGTERM (exit 0) while the other keeps serving the same drafts', async () => {
    const [a, b] = instances as [RunningApp, RunningApp];
    const created = createDraftResponseSchema.parse(await (await send(a, 'POST', '/api/drafts', { text: 'Före omstarten.', authorName: 'Sara' })).json());
    expect(await a.stop('SIGTERM')).toBe(0);
    expect(a.logs.some((line) => line.includes('"msg":"stopped"'))).toBe(true);
    expect((await send(b, 'GET', `/api/drafts/${created.reviewToken}`)).status).toBe(200);
    const restarted = await startApp({ POSTKOLL_DATABASE_URL: databaseUrl }, serverCommand);
    instances.push(restarted);
    expect((await send(restarted, 'GET', `/api/drafts/${created.authorToken}`)).status).toBe(200);
  });

  test('the schema was migrated once, although both instances started at the same moment', async () => {
    const rows = await cluster.query<{ version: number }>('SELECT version FROM postkoll_migrations ORDER BY version', [], databaseUrl);
    // One row per migration: a second instance running them again would add duplicates or fail.
    expect(rows.map((row) => row.version)).toEqual(migrations.map((_migration, index) => index + 1));
  });
});
