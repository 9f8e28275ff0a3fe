import { describe, expect, test } from 'vitest';
import { defaultDraftQuotas } from '../../server/drafts/quotas.ts';
import { DraftError, type DraftAccess, type DraftFailure, type DraftQuotas, type DraftStore, type PostContent } from '../../server/drafts/store.ts';
import { tombstoneDays } from '../../server/drafts/tokens.ts';

/*
 * The `DraftStore` contract (server/drafts/store.ts) as tests, for every implementation:
 * `describeDraftStoreContract('SQLite', makeStore)` in a test file runs them against one database.
 */

export const DAY = 86_400_000;

export interface StoreOptions {
  /** Milliseconds since the epoch; the tests move it. */
  clock: () => number;
  retentionDays: (profile: string) => number;
  quotas: DraftQuotas;
}

export interface StoreHarness {
  store: DraftStore;
  /**
   * Closes the store cleanly (as a server stopping would) and returns the raw bytes of every file
   * the database keeps on disk (SQLite: the file, -wal and -shm; PostgreSQL: the data directory).
   */
  stopAndReadFiles(): Promise<Buffer[]>;
  /**
   * For a store that keeps every text sealed with a per-draft key (PostgreSQL): the draft's key as
   * stored. No text is then ever in the files in plain, so the deletion tests check instead that the
   * key of a kept draft is found there and the key of a deleted one is not.
   */
  sealingKeyOf?(draftId: string): Promise<Buffer>;
  /** Releases whatever is left (called after each test, also after stopAndReadFiles). */
  dispose(): Promise<void>;
}

/** A fresh, empty store on its own database for each call. */
export type MakeStore = (options: StoreOptions) => Promise<StoreHarness>;

const post = (text: string, media: PostContent['media'] = []): PostContent => ({ text, channels: ['facebook'], media });

/** The failure a store call rejects with. */
async function failureOf(promise: Promise<unknown>): Promise<DraftFailure> {
  const error = await promise.then(
    () => undefined,
    (reason: unknown) => reason,
  );
  expect(error).toBeInstanceOf(DraftError);
  return (error as DraftError).failure;
}

export function describeDraftStoreContract(name: string, makeStore: MakeStore) {
  describe(`DraftStore contract: ${name}`, () => {
    /** A store with a fake clock, disposed after the test body. */
    async function withStore(body: (context: { store: DraftStore; harness: StoreHarness; clock: { now: () => number; advance: (ms: number) => void } }) => Promise<void>, quotas: Partial<DraftQuotas> = {}) {
      let now = Date.UTC(2025, 0, 15, 9, 0, 0);
      const clock = { now: () => now, advance: (ms: number) => void (now += ms) };
      const harness = await makeStore({ clock: clock.now, retentionDays: () => 30, quotas: { ...defaultDraftQuotas, ...quotas } });
      try {
        await body({ store: harness.store, harness, clock });
      } finally {
        await harness.dispose();
      }
    }

    async function createDraft(store: DraftStore, text = 'Öppet hus på biblioteket på lördag.', client = '192.0.2.1') {
      const created = await store.create(post(text), 'Sara', 'alingsas', client);
      return { created, author: await store.resolve(created.authorToken), reviewer: await store.resolve(created.reviewToken) };
    }

    test('create gives two different 43-character tokens; resolve tells author from reviewer', () =>
      withStore(async ({ store }) => {
        const { created, author, reviewer } = await createDraft(store);
        expect(created.version).toBe(1);
        expect(created.authorToken).toMatch(/^[A-Za-z0-9_-]{43}$/);
        expect(created.reviewToken).not.toBe(created.authorToken);
        expect(author).toEqual({ id: created.id, profile: 'alingsas', authorName: 'Sara', role: 'author' });
        expect(reviewer).toEqual({ ...author, role: 'reviewer' });
      }));

    test('unknown and malformed tokens are not_found', () =>
      withStore(async ({ store }) => {
        expect(await failureOf(store.resolve('A'.repeat(43)))).toEqual({ kind: 'not_found' });
        expect(await failureOf(store.resolve('not a token'))).toEqual({ kind: 'not_found' });
      }));

    test('view is bounded: the latest version with its text, the history as metadata; version() gives an older text', () =>
      withStore(async ({ store, clock }) => {
        const { author } = await createDraft(store, 'Version ett.');
        clock.advance(1_000);
        expect(await store.saveVersion(author, post('Version två, längre.'), 1, 'Sara')).toEqual({ version: 2 });
        const record = await store.view(author);
        expect(record.latest).toMatchObject({ number: 2, text: 'Version två, längre.', channels: ['facebook'], media: [], authorName: 'Sara' });
        expect(record.history).toEqual([
          { number: 1, authorName: 'Sara', createdAt: '2025-01-15T09:00:00.000Z', length: 'Version ett.'.length },
          { number: 2, authorName: 'Sara', createdAt: '2025-01-15T09:00:01.000Z', length: 'Version två, längre.'.length },
        ]);
        expect(record.history[0]).not.toHaveProperty('text');
        expect(record.lastActivityAt).toBe('2025-01-15T09:00:01.000Z');
        expect(record.expiresAt).toBe(new Date(clock.now() + 30 * DAY).toISOString());
        expect(record.activity.map((entry) => entry.action)).toEqual(['created', 'version_saved']);
        expect((await store.version(author, 1)).text).toBe('Version ett.');
        expect(await failureOf(store.version(author, 3))).toEqual({ kind: 'unknown_version', version: 3 });
      }));

    test('stale-save check: a save from an older base fails and names the latest version', () =>
      withStore(async ({ store }) => {
        const { author } = await createDraft(store);
        await store.saveVersion(author, post('Två'), 1, 'Sara');
        expect(await failureOf(store.saveVersion(author, post('Också två'), 1, 'Sara'))).toEqual({ kind: 'stale_version', latestVersion: 2 });
        expect((await store.view(author)).history).toHaveLength(2);
      }));

    test('of 20 concurrent saves with the same base, exactly one wins', () =>
      withStore(async ({ store }) => {
        const { author } = await createDraft(store);
        const results = await Promise.allSettled(Array.from({ length: 20 }, (_, index) => store.saveVersion(author, post(`Försök ${index}`), 1, 'Sara')));
        const won = results.filter((result) => result.status === 'fulfilled');
        expect(won).toHaveLength(1);
        for (const result of results) {
          if (result.status === 'rejected') expect((result.reason as DraftError).failure).toEqual({ kind: 'stale_version', latestVersion: 2 });
        }
        expect((await store.view(author)).history.map((version) => version.number)).toEqual([1, 2]);
      }));

    test('permissions: a reviewer never saves or deletes, an author never accepts deviations or decides', () =>
      withStore(async ({ store }) => {
        const { author, reviewer } = await createDraft(store);
        expect(await failureOf(store.saveVersion(reviewer, post('x'), 1, 'Rita'))).toEqual({ kind: 'forbidden', action: 'edit' });
        expect(await failureOf(store.delete(reviewer))).toEqual({ kind: 'forbidden', action: 'delete' });
        const deviation = { version: 1, ruleId: 'klar-lix', start: 0, end: 4, justification: 'Ok', authorName: 'Sara' };
        expect(await failureOf(store.addDeviation(author, deviation))).toEqual({ kind: 'forbidden', action: 'acceptDeviation' });
        expect(await failureOf(store.decide(author, { version: 1, decision: 'approved', note: '', authorName: 'Sara' }))).toEqual({ kind: 'forbidden', action: 'decide' });
        const record = await store.view(author);
        expect(record.history).toHaveLength(1);
        expect(record.deviations).toEqual([]);
        expect(record.decisions).toEqual([]);
      }));

    test('comments: checked against their version, and carried to a new version while their passage is unchanged', () =>
      withStore(async ({ store }) => {
        const { author, reviewer } = await createDraft(store, 'Öppet hus på lördag. Fika för alla.');
        expect(await failureOf(store.addComment(reviewer, { version: 2, start: 0, end: 1, body: 'x', authorName: 'Rita' }))).toEqual({ kind: 'unknown_version', version: 2 });
        expect(await failureOf(store.addComment(reviewer, { version: 1, start: 0, end: 999, body: 'x', authorName: 'Rita' }))).toEqual({ kind: 'range_outside_text' });
        const kept = await store.addComment(reviewer, { version: 1, start: 21, end: 25, body: 'Vilken fika?', authorName: 'Rita' });
        const lost = await store.addComment(reviewer, { version: 1, start: 13, end: 19, body: 'Vilken tid?', authorName: 'Rita' });
        expect(kept.anchor).toEqual({ version: 1, start: 21, end: 25 });
        await store.saveVersion(author, post('Välkommen! Öppet hus på söndag. Fika för alla.'), 1, 'Sara');
        const comments = (await store.view(author)).comments;
        expect(comments.find((comment) => comment.id === kept.id)).toMatchObject({ role: 'reviewer', version: 1, anchor: { version: 2, start: 32, end: 36 } });
        expect(comments.find((comment) => comment.id === lost.id)).toMatchObject({ anchor: { version: 1, start: 13, end: 19 } });
        // A comment on an older version lands in the latest one when its passage survived.
        const late = await store.addComment(author, { version: 1, start: 0, end: 5, body: 'Öppet?', authorName: 'Sara' });
        expect(late.anchor).toEqual({ version: 2, start: 11, end: 16 });
      }));

    test('deviations and decisions act on the latest version only; a deviation is accepted once', () =>
      withStore(async ({ store }) => {
        const { author, reviewer } = await createDraft(store);
        const deviation = { version: 1, ruleId: 'klar-lix', start: 0, end: 5, justification: 'Avsiktligt.', authorName: 'Rita' };
        const accepted = await store.addDeviation(reviewer, deviation);
        expect(await failureOf(store.addDeviation(reviewer, deviation))).toEqual({ kind: 'already_accepted', latestVersion: 1 });
        await store.saveVersion(author, post('Öppet hus på biblioteket på lördag. Välkomna!'), 1, 'Sara');
        expect(await failureOf(store.addDeviation(reviewer, deviation))).toEqual({ kind: 'stale_version', latestVersion: 2 });
        expect(await failureOf(store.decide(reviewer, { version: 1, decision: 'approved', note: '', authorName: 'Rita' }))).toEqual({ kind: 'stale_version', latestVersion: 2 });
        await store.decide(reviewer, { version: 2, decision: 'approved', note: '', authorName: 'Rita' });
        const record = await store.view(reviewer);
        expect(record.deviations).toMatchObject([{ id: accepted.id, ruleId: 'klar-lix', anchor: { version: 2, start: 0, end: 5 } }]);
        expect(record.decisions).toMatchObject([{ version: 2, decision: 'approved', authorName: 'Rita' }]);
        expect(record.activity.map((entry) => entry.action)).toEqual(['created', 'deviation_accepted', 'version_saved', 'approved']);
      }));

    test('a decision records, in its own transaction, the deviations in force for its version, and only those', () =>
      withStore(async ({ store }) => {
        // "Öppet" 0–5, "biblioteket" 13–24, "lördag" 28–34.
        const { author, reviewer } = await createDraft(store);
        const accept = (version: number, ruleId: string, start: number, end: number) =>
          store.addDeviation(reviewer, { version, ruleId, start, end, justification: 'Avsiktligt.', authorName: 'Rita' }).then(({ id }) => id);
        const opening = await accept(1, 'klar-lix', 0, 5);
        const library = await accept(1, 'stavning', 13, 24);
        await store.decide(reviewer, { version: 1, decision: 'changes_requested', note: 'Nästan.', authorName: 'Rita' });
        // Accepted in the same millisecond as the decision, but after it: not part of it.
        const day = await accept(1, 'stavning', 28, 34);
        // Version 2 changes "biblioteket": that deviation stays with version 1; the other two passages move along.
        await store.saveVersion(author, post('Öppet hus på museet på lördag.'), 1, 'Sara');
        await store.decide(reviewer, { version: 2, decision: 'approved', note: '', authorName: 'Rita' });
        const record = await store.view(author);
        expect(record.deviations.map((deviation) => [deviation.id, deviation.anchor.version])).toEqual([
          [opening, 2],
          [library, 1],
          [day, 2],
        ]);
        expect(record.decisions.map((decision) => [decision.version, decision.decision, decision.acceptedDeviations])).toEqual([
          [1, 'changes_requested', [opening, library]],
          [2, 'approved', [opening, day]],
        ]);
      }));

    test('a decision with no deviation in force accepted nothing', () =>
      withStore(async ({ store }) => {
        const { reviewer } = await createDraft(store);
        await store.decide(reviewer, { version: 1, decision: 'approved', note: '', authorName: 'Rita' });
        expect((await store.view(reviewer)).decisions).toMatchObject([{ version: 1, decision: 'approved', acceptedDeviations: [] }]);
      }));

    test('delete: both links are gone (deleted) on every call; other drafts stay', () =>
      withStore(async ({ store }) => {
        const { created, author, reviewer } = await createDraft(store);
        const other = await createDraft(store);
        await store.delete(author);
        expect(await failureOf(store.resolve(created.authorToken))).toEqual({ kind: 'gone', reason: 'deleted' });
        expect(await failureOf(store.resolve(created.reviewToken))).toEqual({ kind: 'gone', reason: 'deleted' });
        // A link resolved just before the deletion cannot write afterwards.
        expect(await failureOf(store.addComment(reviewer, { version: 1, start: 0, end: 0, body: 'x', authorName: 'Rita' }))).toEqual({ kind: 'gone', reason: 'deleted' });
        expect(await failureOf(store.view(reviewer))).toEqual({ kind: 'gone', reason: 'deleted' });
        expect(await failureOf(store.version(reviewer, 1))).toEqual({ kind: 'gone', reason: 'deleted' });
        expect((await store.view(other.author)).latest.number).toBe(1);
      }));

    test('retention: expired drafts are gone (expired), by the job or at once when their link is used; tombstones are forgotten after a year', () =>
      withStore(async ({ store, clock }) => {
        const first = await createDraft(store);
        const second = await createDraft(store);
        clock.advance(29 * DAY);
        await store.addComment(second.reviewer, { version: 1, start: 0, end: 0, body: 'Bra!', authorName: 'Rita' });
        clock.advance(DAY);
        expect(await store.purgeExpired()).toBe(1);
        expect(await failureOf(store.resolve(first.created.reviewToken))).toEqual({ kind: 'gone', reason: 'expired' });
        clock.advance(29 * DAY);
        // Expired before the job ran: the link itself finds it gone, and the job then has nothing left.
        expect(await failureOf(store.resolve(second.created.authorToken))).toEqual({ kind: 'gone', reason: 'expired' });
        expect(await store.purgeExpired()).toBe(0);
        clock.advance(tombstoneDays * DAY);
        await store.purgeExpired();
        expect(await failureOf(store.resolve(first.created.reviewToken))).toEqual({ kind: 'not_found' });
      }));

    describe('quotas, checked in the write’s own transaction; a refused write changes nothing', () => {
      test('versions per draft', () =>
        withStore(
          async ({ store }) => {
            const { author } = await createDraft(store);
            await store.saveVersion(author, post('Två'), 1, 'Sara');
            await store.saveVersion(author, post('Tre'), 2, 'Sara');
            expect(await failureOf(store.saveVersion(author, post('Fyra'), 3, 'Sara'))).toEqual({ kind: 'quota_exceeded', quota: 'versionsPerDraft', limit: 3 });
            expect((await store.view(author)).history).toHaveLength(3);
          },
          { versionsPerDraft: 3 },
        ));

      test('comments and deviations per draft', () =>
        withStore(
          async ({ store }) => {
            const { reviewer } = await createDraft(store);
            const comment = { version: 1, start: 0, end: 0, body: 'Hej', authorName: 'Rita' };
            await store.addComment(reviewer, comment);
            await store.addComment(reviewer, comment);
            expect(await failureOf(store.addComment(reviewer, comment))).toEqual({ kind: 'quota_exceeded', quota: 'commentsPerDraft', limit: 2 });
            await store.addDeviation(reviewer, { version: 1, ruleId: 'a', start: 0, end: 1, justification: 'Ok', authorName: 'Rita' });
            expect(await failureOf(store.addDeviation(reviewer, { version: 1, ruleId: 'b', start: 0, end: 1, justification: 'Ok', authorName: 'Rita' }))).toEqual({
              kind: 'quota_exceeded',
              quota: 'deviationsPerDraft',
              limit: 1,
            });
            const record = await store.view(reviewer);
            expect(record.comments).toHaveLength(2);
            expect(record.deviations).toHaveLength(1);
          },
          { commentsPerDraft: 2, deviationsPerDraft: 1 },
        ));

      test('text per draft counts the post text and alt texts of every version', () =>
        withStore(
          async ({ store }) => {
            expect(await failureOf(store.create(post('x'.repeat(101)), 'Sara', 'alingsas', '192.0.2.1'))).toEqual({ kind: 'quota_exceeded', quota: 'textPerDraft', limit: 100 });
            const created = await store.create(post('x'.repeat(40), [{ type: 'image', altText: 'y'.repeat(20) }]), 'Sara', 'alingsas', '192.0.2.1');
            const author = await store.resolve(created.authorToken);
            expect((await store.view(author)).history[0]!.length).toBe(60);
            expect(await failureOf(store.saveVersion(author, post('z'.repeat(41)), 1, 'Sara'))).toEqual({ kind: 'quota_exceeded', quota: 'textPerDraft', limit: 100 });
            await store.saveVersion(author, post('z'.repeat(40)), 1, 'Sara');
          },
          { textPerDraft: 100 },
        ));

      test('activity per draft caps every kind of write', () =>
        withStore(
          async ({ store }) => {
            const { author, reviewer } = await createDraft(store);
            await store.addComment(reviewer, { version: 1, start: 0, end: 0, body: 'Hej', authorName: 'Rita' });
            await store.saveVersion(author, post('Två'), 1, 'Sara');
            const refused = { kind: 'quota_exceeded', quota: 'activityPerDraft', limit: 3 };
            expect(await failureOf(store.saveVersion(author, post('Tre'), 2, 'Sara'))).toEqual(refused);
            expect(await failureOf(store.addComment(reviewer, { version: 2, start: 0, end: 0, body: 'Hej', authorName: 'Rita' }))).toEqual(refused);
            expect(await failureOf(store.decide(reviewer, { version: 2, decision: 'approved', note: '', authorName: 'Rita' }))).toEqual(refused);
            expect((await store.view(author)).activity).toHaveLength(3);
          },
          { activityPerDraft: 3 },
        ));

      test('drafts per client per day: other clients are not affected, and the day moves on', () =>
        withStore(
          async ({ store, clock }) => {
            await createDraft(store, 'Ett', '192.0.2.1');
            clock.advance(DAY / 2);
            await createDraft(store, 'Två', '192.0.2.1');
            expect(await failureOf(store.create(post('Tre'), 'Sara', 'alingsas', '192.0.2.1'))).toEqual({ kind: 'quota_exceeded', quota: 'draftsPerClientPerDay', limit: 2 });
            await createDraft(store, 'Annan', '2001:db8::1');
            clock.advance(DAY / 2);
            await createDraft(store, 'Tre', '192.0.2.1');
          },
          { draftsPerClientPerDay: 2 },
        ));

      test('database size: no new content once the database holds the limit', () =>
        withStore(
          async ({ store }) => {
            expect(await failureOf(store.create(post('Hej'), 'Sara', 'alingsas', '192.0.2.1'))).toEqual({ kind: 'quota_exceeded', quota: 'databaseBytes', limit: 1 });
          },
          { databaseBytes: 1 },
        ));
    });

    describe('deleted means deleted: after a clean stop the raw database files hold no trace of the text', () => {
      const marker = 'MARKÖR-7f3c9a1e-raderad';
      const found = (files: Buffer[], text: string) => files.some((file) => file.includes(Buffer.from(text, 'utf8')));

      async function fill(store: DraftStore, label: string): Promise<{ author: DraftAccess; reviewer: DraftAccess }> {
        const { author, reviewer } = await createDraft(store, `Text ${marker}-${label}-v1 om öppet hus.`);
        await store.saveVersion(author, post(`Text ${marker}-${label}-v2 om öppet hus.`), 1, 'Sara');
        await store.addComment(reviewer, { version: 2, start: 0, end: 4, body: `Kommentar ${marker}-${label}-kommentar`, authorName: 'Rita' });
        await store.addDeviation(reviewer, { version: 2, ruleId: 'klar-lix', start: 0, end: 4, justification: `Motivering ${marker}-${label}-motivering`, authorName: 'Rita' });
        // A decision that accepted the deviation: its record goes with the draft too.
        await store.decide(reviewer, { version: 2, decision: 'changes_requested', note: `Beslut ${marker}-${label}-beslut`, authorName: 'Rita' });
        return { author, reviewer };
      }

      /** The search reads the right files: the draft that stays is there (its text, or for a sealing store its key), the deleted one is not. */
      async function expectOnlyKeptDraft(harness: StoreHarness, gone: { label: string; id: string; key?: Buffer }, kept: { id: string; key?: Buffer }) {
        const files = await harness.stopAndReadFiles();
        if (harness.sealingKeyOf) {
          expect(files.some((file) => file.includes(kept.key!))).toBe(true);
          expect(files.some((file) => file.includes(gone.key!))).toBe(false);
          expect(found(files, `${marker}-kvar-v2`)).toBe(false);
        } else {
          expect(found(files, `${marker}-kvar-v2`)).toBe(true);
        }
        for (const part of ['v1', 'v2', 'kommentar', 'motivering', 'beslut']) expect(found(files, `${marker}-${gone.label}-${part}`)).toBe(false);
      }

      const keyOf = (harness: StoreHarness, id: string) => harness.sealingKeyOf?.(id);

      test('deletion by the author', () =>
        withStore(async ({ store, harness }) => {
          const { author } = await fill(store, 'raderad');
          const { author: kept } = await fill(store, 'kvar');
          const gone = { label: 'raderad', id: author.id, key: await keyOf(harness, author.id) };
          const stays = { id: kept.id, key: await keyOf(harness, kept.id) };
          await store.delete(author);
          await expectOnlyKeptDraft(harness, gone, stays);
        }));

      test('deletion by retention', () =>
        withStore(async ({ store, harness, clock }) => {
          const { author } = await fill(store, 'utgången');
          clock.advance(29 * DAY);
          const { author: kept } = await fill(store, 'kvar');
          const gone = { label: 'utgången', id: author.id, key: await keyOf(harness, author.id) };
          const stays = { id: kept.id, key: await keyOf(harness, kept.id) };
          clock.advance(DAY);
          expect(await store.purgeExpired()).toBe(1);
          await expectOnlyKeptDraft(harness, gone, stays);
        }));
    });
  });
}
