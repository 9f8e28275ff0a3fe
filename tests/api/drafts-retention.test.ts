import { afterAll, describe, expect, test, vi } from 'vitest';
import request from 'supertest';
import { DAY, draftsApp, fakeClock } from './drafts-app.ts';
import { tombstoneDays } from '../../server/drafts/tokens.ts';

const apps: Array<ReturnType<typeof draftsApp>> = [];
afterAll(async () => {
  for (const item of apps) await item.drafts.close();
});

function setup(retentionDays?: number) {
  const clock = fakeClock();
  const item = draftsApp({ clock, config: { retentionDays } });
  apps.push(item);
  return item;
}

async function createIn(app: ReturnType<typeof draftsApp>['app']) {
  const { body } = await request(app).post('/api/drafts').send({ text: 'Öppet hus på lördag.', authorName: 'Sara' }).expect(201);
  return body as { id: string; authorToken: string; reviewToken: string };
}

const silent = { info: () => {}, error: () => {} };
const count = (item: ReturnType<typeof draftsApp>, table: string) =>
  (item.drafts.db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;

describe('retention', () => {
  test('a draft is kept 30 days (the profile’s retentionDays) after its last activity, then deleted by the job with everything attached', async () => {
    const item = setup();
    const { app, clock, drafts } = item;
    const draft = await createIn(app);
    clock.advance(29 * DAY);
    // Activity (a comment) restarts the count.
    await request(app).post(`/api/drafts/${draft.reviewToken}/comments`).send({ version: 1, start: 0, end: 5, body: 'Vilken tid?', authorName: 'Rita' }).expect(201);
    clock.advance(29 * DAY);
    expect(await drafts.store.purgeExpired()).toBe(0);
    const { body } = await request(app).get(`/api/drafts/${draft.authorToken}`).expect(200);
    expect(body.retentionDays).toBe(30);
    expect(Date.parse(body.expiresAt)).toBe(clock.now() + DAY);

    clock.advance(DAY);
    expect(await drafts.store.purgeExpired()).toBe(1);
    for (const table of ['drafts', 'versions', 'comments', 'activity']) expect(count(item, table)).toBe(0);
    const gone = await request(app).get(`/api/drafts/${draft.reviewToken}`).expect(410);
    expect(gone.body.error).toMatchObject({ code: 'gone', message: expect.stringMatching(/togs bort automatiskt/) });
    await request(app).get(`/api/drafts/${draft.authorToken}`).expect(410);
  });

  test('an expired draft answers 410 even before the daily job has run, and is deleted then', async () => {
    const item = setup();
    const draft = await createIn(item.app);
    item.clock.advance(30 * DAY);
    await request(item.app).put(`/api/drafts/${draft.authorToken}`).send({ text: 'Sent', baseVersion: 1 }).expect(410);
    expect(count(item, 'drafts')).toBe(0);
  });

  test('POSTKOLL_RETENTION_DAYS overrides the profile', async () => {
    const item = setup(2);
    const draft = await createIn(item.app);
    item.clock.advance(2 * DAY - 1);
    await request(item.app).get(`/api/drafts/${draft.reviewToken}`).expect(200);
    item.clock.advance(1);
    await request(item.app).get(`/api/drafts/${draft.reviewToken}`).expect(410);
  });

  test('the job runs at start and then daily, on a timer that does not keep the process alive', async () => {
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] });
    try {
      const item = setup();
      const first = await createIn(item.app);
      item.clock.advance(31 * DAY);
      const stop = item.drafts.startRetention(silent);
      // At start: the old draft is gone at once.
      expect(count(item, 'drafts')).toBe(0);
      await request(item.app).get(`/api/drafts/${first.authorToken}`).expect(410);

      const second = await createIn(item.app);
      item.clock.advance(31 * DAY);
      vi.advanceTimersByTime(DAY);
      expect(count(item, 'drafts')).toBe(0);
      await request(item.app).get(`/api/drafts/${second.reviewToken}`).expect(410);
      stop();
    } finally {
      vi.useRealTimers();
    }
  });

  test('the daily timer is unref’d', () => {
    const item = setup();
    const spy = vi.spyOn(globalThis, 'setInterval');
    const stop = item.drafts.startRetention(silent);
    const timer = spy.mock.results[0]!.value as NodeJS.Timeout;
    expect(timer.hasRef()).toBe(false);
    stop();
    spy.mockRestore();
  });

  test('a deleted link answers 410 for a year, then 404 like any unknown link', async () => {
    const item = setup();
    const draft = await createIn(item.app);
    await request(item.app).delete(`/api/drafts/${draft.authorToken}`).expect(204);
    item.clock.advance(tombstoneDays * DAY - 1);
    await item.drafts.store.purgeExpired();
    await request(item.app).get(`/api/drafts/${draft.reviewToken}`).expect(410);
    item.clock.advance(1);
    await item.drafts.store.purgeExpired();
    await request(item.app).get(`/api/drafts/${draft.reviewToken}`).expect(404);
  });

  test('migrations run once: reopening the same file keeps every draft', async () => {
    const item = setup();
    const draft = await createIn(item.app);
    await item.drafts.close();
    const { openSqliteDrafts } = await import('../../server/drafts/index.ts');
    const { sharedLinters } = await import('../support/api-app.ts');
    const reopened = openSqliteDrafts(item.config, sharedLinters(), item.clock.now);
    apps.push({ ...item, drafts: reopened });
    expect((await reopened.store.resolve(draft.reviewToken)).role).toBe('reviewer');
  });
});
