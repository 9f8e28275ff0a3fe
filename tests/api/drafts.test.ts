import { readFileSync } from 'node:fs';
import { afterAll, describe, expect, test } from 'vitest';
import request from 'supertest';
import { createDraftResponseSchema, draftVersionSchema, draftViewSchema, type DraftView } from '../../rules/api/drafts.ts';
import { errorResponseSchema } from '../../rules/api/schemas.ts';
import { migrations } from '../../server/drafts/sqlite/db.ts';
import { draftsApp } from './drafts-app.ts';

const { app, drafts, logLines, config } = draftsApp();
afterAll(() => drafts.close());

const personnummer = '811218-9876';
const fakeFont = '𝗩𝗜𝗞𝗧𝗜𝗚𝗧';
const version1 = `Välkommen till öppet hus på biblioteket på lördag. ${fakeFont} fika för alla! Frågor? Ring Anna, ${personnummer}.`;

async function create(body: Record<string, unknown> = {}) {
  const response = await request(app)
    .post('/api/drafts')
    .send({ text: version1, channels: ['facebook', 'instagram'], authorName: 'Sara Skribent', ...body })
    .expect(201);
  return createDraftResponseSchema.parse(response.body);
}

async function view(token: string): Promise<DraftView> {
  const response = await request(app).get(`/api/drafts/${token}`).expect(200);
  return draftViewSchema.parse(response.body);
}

/** Accepts the fake-font finding (an error, which would block approval) as a deviation. */
async function acceptFakeFont(token: string, version: number) {
  const finding = (await view(token)).findings.messages.find((message) => message.ruleId === 'a11y-fejkfont-unicode')!;
  await request(app)
    .post(`/api/drafts/${token}/deviations`)
    .send({ version, ruleId: finding.ruleId, start: finding.start, end: finding.end, justification: 'Kampanjens grafiska profil.', authorName: 'Rita' })
    .expect(201);
}

const expectError = (response: request.Response, status: number, code: string, message?: RegExp) => {
  expect(response.status).toBe(status);
  const body = errorResponseSchema.parse(response.body);
  expect(body.error.code).toBe(code);
  expect(body.error.message).toMatch(message ?? /[åäö]/i);
  return body;
};

describe('sending a draft for review', () => {
  test('stores version 1 and answers 201 with two different unguessable tokens', async () => {
    const created = await create();
    expect(created.version).toBe(1);
    expect(created.authorToken).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(created.reviewToken).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(created.authorToken).not.toBe(created.reviewToken);
    const draft = await view(created.authorToken);
    expect(draft.history).toMatchObject([{ number: 1, authorName: 'Sara Skribent', length: version1.length }]);
    expect(draft.latest).toMatchObject({ number: 1, text: version1, channels: ['facebook', 'instagram'], authorName: 'Sara Skribent' });
    expect(draft.state).toEqual({ status: 'pending', label: 'väntar på granskning', version: 1 });
  });

  test('keeps only hashes of the tokens: the database file never contains a link', async () => {
    const created = await create();
    drafts.db.pragma('wal_checkpoint(TRUNCATE)');
    const file = readFileSync(config.databaseFile);
    expect(file.includes(Buffer.from(created.authorToken))).toBe(false);
    expect(file.includes(Buffer.from(created.reviewToken))).toBe(false);
    expect(file.includes(Buffer.from(version1))).toBe(true);
  });

  test('uses the profile’s default channels when none are given, and refuses an unknown channel', async () => {
    const created = await create({ channels: undefined });
    expect((await view(created.authorToken)).latest.channels).toEqual(['facebook', 'instagram', 'linkedin']);
    const response = await request(app).post('/api/drafts').send({ text: 'Hej', authorName: 'Sara', channels: ['myspace'] });
    expectError(response, 400, 'invalid_request', /Okänd kanal: "myspace"/);
  });
});

describe('what each link may do', () => {
  test('GET answers both tokens with the same draft and with what this token may do', async () => {
    const created = await create();
    const asAuthor = await view(created.authorToken);
    const asReviewer = await view(created.reviewToken);
    expect(asAuthor.id).toBe(created.id);
    expect(asReviewer.id).toBe(created.id);
    expect(asAuthor.role).toBe('author');
    expect(asAuthor.permissions).toEqual({ read: true, edit: true, delete: true, comment: true, acceptDeviation: false, decide: false });
    expect(asReviewer.role).toBe('reviewer');
    expect(asReviewer.permissions).toEqual({ read: true, edit: false, delete: false, comment: true, acceptDeviation: true, decide: true });
  });

  test('a review link cannot change the text or delete the draft (403), and nothing changes', async () => {
    const created = await create();
    const save = await request(app).put(`/api/drafts/${created.reviewToken}`).send({ text: 'Ändrat', baseVersion: 1 });
    expectError(save, 403, 'forbidden', /Granskningslänken kan inte ändra texten/);
    const remove = await request(app).delete(`/api/drafts/${created.reviewToken}`);
    expectError(remove, 403, 'forbidden');
    const draft = await view(created.authorToken);
    expect(draft.history.map((version) => version.number)).toEqual([1]);
    expect(draft.latest.text).toBe(version1);
  });

  test('an author link cannot accept deviations or decide (403)', async () => {
    const created = await create();
    const deviation = await request(app)
      .post(`/api/drafts/${created.authorToken}/deviations`)
      .send({ version: 1, ruleId: 'a11y-fejkfont-unicode', start: 51, end: 65, justification: 'Avsiktligt', authorName: 'Sara' });
    expectError(deviation, 403, 'forbidden');
    const decision = await request(app)
      .post(`/api/drafts/${created.authorToken}/decision`)
      .send({ version: 1, decision: 'approved', note: '', authorName: 'Sara' });
    expectError(decision, 403, 'forbidden', /Bara granskaren/);
    expect((await view(created.authorToken)).decisions).toEqual([]);
  });

  test('an unknown or malformed token is 404 on every endpoint', async () => {
    const unknown = 'A'.repeat(43);
    expectError(await request(app).get(`/api/drafts/${unknown}`), 404, 'not_found');
    expectError(await request(app).get('/api/drafts/kort'), 404, 'not_found');
    expectError(await request(app).put(`/api/drafts/${unknown}`).send({ text: 'x', baseVersion: 1 }), 404, 'not_found');
    expectError(await request(app).delete(`/api/drafts/${unknown}`), 404, 'not_found');
    expectError(
      await request(app).post(`/api/drafts/${unknown}/comments`).send({ version: 1, start: 0, end: 0, body: 'Hej', authorName: 'X' }),
      404,
      'not_found',
    );
  });
});

describe('versions', () => {
  test('every save is a new version; a stale baseVersion is 409 with the latest version and saves nothing', async () => {
    const created = await create();
    const v2 = `${version1} Välkomna!`;
    const first = await request(app).put(`/api/drafts/${created.authorToken}`).send({ text: v2, baseVersion: 1 }).expect(200);
    expect(first.body).toEqual({ version: 2 });
    const stale = await request(app).put(`/api/drafts/${created.authorToken}`).send({ text: 'Min andra ändring', baseVersion: 1 });
    const body = expectError(stale, 409, 'conflict', /version 2/);
    expect((stale.body as { latestVersion: number }).latestVersion).toBe(2);
    expect(body.error.message).toMatch(/finns kvar/);
    const draft = await view(created.authorToken);
    expect(draft.history.map((version) => [version.number, version.length])).toEqual([
      [1, version1.length],
      [2, v2.length],
    ]);
    expect(draft.latest.text).toBe(v2);
    expect(draft.latestVersion).toBe(2);
    // Older texts on request: the GET stays bounded however long the history.
    const older = await request(app).get(`/api/drafts/${created.reviewToken}/versions/1`).expect(200);
    expect(draftVersionSchema.parse(older.body)).toMatchObject({ number: 1, text: version1 });
    expect(older.headers['cache-control']).toBe('no-store');
    expectError(await request(app).get(`/api/drafts/${created.reviewToken}/versions/3`), 400, 'invalid_request', /Version 3 finns inte/);
    expectError(await request(app).get(`/api/drafts/${created.reviewToken}/versions/noll`), 400, 'invalid_request');
    expectError(await request(app).get(`/api/drafts/${'A'.repeat(43)}/versions/1`), 404, 'not_found');
  });

  test('a save may change channels and media, and names who saved it', async () => {
    const created = await create();
    await request(app)
      .put(`/api/drafts/${created.authorToken}`)
      .send({ text: 'Ny text.', baseVersion: 1, channels: ['x'], media: [{ type: 'image', altText: 'Barn läser' }], authorName: 'Per Medförfattare' })
      .expect(200);
    const draft = await view(created.reviewToken);
    expect(draft.latest).toMatchObject({ channels: ['x'], media: [{ type: 'image', altText: 'Barn läser' }], authorName: 'Per Medförfattare' });
  });
});

describe('findings, deviations and decisions', () => {
  test('GET lints the latest version with the draft’s channels', async () => {
    const created = await create();
    const draft = await view(created.reviewToken);
    expect(draft.findings.version).toBe(1);
    const ruleIds = draft.findings.messages.map((message) => message.ruleId);
    expect(ruleIds).toEqual(expect.arrayContaining(['pd-personnummer', 'a11y-fejkfont-unicode']));
    expect(draft.findings.stats.channels.map((channel) => channel.id)).toEqual(['facebook', 'instagram']);
    for (const message of draft.findings.messages.filter((item) => !item.field)) {
      expect(version1.slice(message.start, message.end)).toBe(message.actual);
    }
  });

  test('a reviewer accepts one finding with a justification; it silences that finding, also in a later version that keeps the passage', async () => {
    const created = await create();
    const finding = (await view(created.reviewToken)).findings.messages.find((message) => message.ruleId === 'a11y-fejkfont-unicode')!;
    const accepted = await request(app)
      .post(`/api/drafts/${created.reviewToken}/deviations`)
      .send({ version: 1, ruleId: finding.ruleId, start: finding.start, end: finding.end, justification: 'Kampanjens grafiska profil.', authorName: 'Rita Granskare' })
      .expect(201);
    const afterAccept = await view(created.authorToken);
    expect(afterAccept.deviations).toEqual([
      expect.objectContaining({ id: accepted.body.id, ruleId: finding.ruleId, version: 1, justification: 'Kampanjens grafiska profil.', authorName: 'Rita Granskare' }),
    ]);
    const silenced = afterAccept.findings.messages.find((message) => message.ruleId === 'a11y-fejkfont-unicode')!;
    expect(silenced.deviationId).toBe(accepted.body.id);
    expect(afterAccept.findings.messages.find((message) => message.ruleId === 'pd-personnummer')!.deviationId).toBeUndefined();

    const duplicate = await request(app)
      .post(`/api/drafts/${created.reviewToken}/deviations`)
      .send({ version: 1, ruleId: finding.ruleId, start: finding.start, end: finding.end, justification: 'Igen', authorName: 'Rita' });
    expectError(duplicate, 409, 'conflict', /redan godtagen/);

    // Version 2 adds words before the passage: the deviation moves with it.
    const v2 = `Hej! ${version1.replace(personnummer, 'kontaktcenter')}`;
    await request(app).put(`/api/drafts/${created.authorToken}`).send({ text: v2, baseVersion: 1 }).expect(200);
    const later = await view(created.reviewToken);
    const moved = later.findings.messages.find((message) => message.ruleId === 'a11y-fejkfont-unicode')!;
    expect(moved.start).toBe(finding.start + 'Hej! '.length);
    expect(moved.deviationId).toBe(accepted.body.id);
    expect(later.deviations[0]!.anchor).toEqual({ version: 2, start: moved.start, end: moved.end });

    // The deviation is this draft's only: another draft with the same text still shows the finding.
    const other = await create();
    expect((await view(other.reviewToken)).findings.messages.find((message) => message.ruleId === 'a11y-fejkfont-unicode')!.deviationId).toBeUndefined();
  });

  test('a deviation on an alt text holds while that alt text is unchanged', async () => {
    const media = [{ type: 'image', altText: `${fakeFont} bild på bokhyllor`, credit: 'Foto: Alingsås kommun' }];
    const created = await create({ text: 'Öppet hus på lördag.', media });
    const finding = (await view(created.reviewToken)).findings.messages.find((message) => message.field === 'media[0].altText' && message.ruleId === 'a11y-fejkfont-unicode')!;
    expect(finding).toBeDefined();
    await request(app)
      .post(`/api/drafts/${created.reviewToken}/deviations`)
      .send({ version: 1, ruleId: finding.ruleId, field: finding.field, start: finding.start, end: finding.end, justification: 'Logotypens text.', authorName: 'Rita' })
      .expect(201);
    await request(app).put(`/api/drafts/${created.authorToken}`).send({ text: 'Öppet hus på lördag kl. 10.', media, baseVersion: 1 }).expect(200);
    const kept = await view(created.reviewToken);
    expect(kept.findings.messages.find((message) => message.field === 'media[0].altText' && message.ruleId === finding.ruleId)!.deviationId).toBeDefined();
    const changed = [{ ...media[0]!, altText: `${fakeFont} bild på bokhyllor och läsare` }];
    await request(app).put(`/api/drafts/${created.authorToken}`).send({ text: 'Öppet hus på lördag kl. 10.', media: changed, baseVersion: 2 }).expect(200);
    const after = await view(created.reviewToken);
    expect(after.findings.messages.find((message) => message.field === 'media[0].altText' && message.ruleId === finding.ruleId)!.deviationId).toBeUndefined();
    expect(after.deviations[0]!.anchor.version).toBe(2);
  });

  test('a deviation must name a real finding of the latest version', async () => {
    const created = await create();
    const missing = await request(app)
      .post(`/api/drafts/${created.reviewToken}/deviations`)
      .send({ version: 1, ruleId: 'pd-personnummer', start: 0, end: 5, justification: 'x', authorName: 'Rita' });
    expectError(missing, 400, 'invalid_request', /ingen sådan anmärkning/);
    await request(app).put(`/api/drafts/${created.authorToken}`).send({ text: version1, baseVersion: 1 }).expect(200);
    const stale = await request(app)
      .post(`/api/drafts/${created.reviewToken}/deviations`)
      .send({ version: 1, ruleId: 'pd-personnummer', start: version1.indexOf(personnummer), end: version1.indexOf(personnummer) + 11, justification: 'x', authorName: 'Rita' });
    expectError(stale, 409, 'conflict');
    expect(stale.body.latestVersion).toBe(2);
  });

  test('decisions belong to one version: a new version waits for review again', async () => {
    const created = await create();
    const noNote = await request(app)
      .post(`/api/drafts/${created.reviewToken}/decision`)
      .send({ version: 1, decision: 'changes_requested', authorName: 'Rita Granskare' });
    expectError(noNote, 400, 'invalid_request', /Skriv vad som behöver ändras/);

    await request(app)
      .post(`/api/drafts/${created.reviewToken}/decision`)
      .send({ version: 1, decision: 'changes_requested', note: 'Ta bort personnumret.', authorName: 'Rita Granskare' })
      .expect(201);
    expect((await view(created.authorToken)).state).toEqual({ status: 'changes_requested', label: 'ändringar begärda', version: 1 });

    await request(app).put(`/api/drafts/${created.authorToken}`).send({ text: version1.replace(personnummer, 'kontaktcenter'), baseVersion: 1 }).expect(200);
    expect((await view(created.reviewToken)).state).toEqual({ status: 'pending', label: 'väntar på granskning', version: 2 });

    const approveOld = await request(app).post(`/api/drafts/${created.reviewToken}/decision`).send({ version: 1, decision: 'approved', authorName: 'Rita Granskare' });
    expectError(approveOld, 409, 'conflict');
    expect(approveOld.body.latestVersion).toBe(2);

    await acceptFakeFont(created.reviewToken, 2);
    await request(app).post(`/api/drafts/${created.reviewToken}/decision`).send({ version: 2, decision: 'approved', note: 'Bra!', authorName: 'Rita Granskare' }).expect(201);
    const approved = await view(created.authorToken);
    expect(approved.state).toEqual({ status: 'approved', label: 'godkänd', version: 2 });
    expect(approved.decisions.map((decision) => [decision.version, decision.decision, decision.note])).toEqual([
      [1, 'changes_requested', 'Ta bort personnumret.'],
      [2, 'approved', 'Bra!'],
    ]);
  });

  test('the activity log records every action with the typed name, role, version and time', async () => {
    const created = await create();
    const start = version1.indexOf('biblioteket');
    await request(app).post(`/api/drafts/${created.reviewToken}/comments`).send({ version: 1, start, end: start + 11, body: 'Vilket?', authorName: 'Rita' }).expect(201);
    await request(app).put(`/api/drafts/${created.authorToken}`).send({ text: version1.replace('biblioteket', 'Alingsås bibliotek').replace(personnummer, 'kontaktcenter'), baseVersion: 1 }).expect(200);
    await acceptFakeFont(created.reviewToken, 2);
    await request(app).post(`/api/drafts/${created.reviewToken}/decision`).send({ version: 2, decision: 'approved', authorName: 'Rita' }).expect(201);
    const draft = await view(created.authorToken);
    expect(draft.activity.map((entry) => [entry.name, entry.role, entry.action, entry.version])).toEqual([
      ['Sara Skribent', 'author', 'created', 1],
      ['Rita', 'reviewer', 'commented', 1],
      ['Sara Skribent', 'author', 'version_saved', 2],
      ['Rita', 'reviewer', 'deviation_accepted', 2],
      ['Rita', 'reviewer', 'approved', 2],
    ]);
    for (const entry of draft.activity) expect(Number.isNaN(Date.parse(entry.at))).toBe(false);
  });
});

describe('comments follow their passage into later versions', () => {
  test('a comment moves with its passage, and stays with the older version when the passage is gone', async () => {
    const created = await create();
    const onLibrary = { start: version1.indexOf('biblioteket'), end: version1.indexOf('biblioteket') + 'biblioteket'.length };
    const onNumber = { start: version1.indexOf(personnummer), end: version1.indexOf(personnummer) + personnummer.length };
    const general = await request(app)
      .post(`/api/drafts/${created.reviewToken}/comments`)
      .send({ version: 1, start: 0, end: 0, body: 'Trevligt inlägg.', authorName: 'Rita' })
      .expect(201);
    const library = await request(app)
      .post(`/api/drafts/${created.reviewToken}/comments`)
      .send({ version: 1, ...onLibrary, body: 'Skriv vilket bibliotek.', authorName: 'Rita' })
      .expect(201);
    const number = await request(app)
      .post(`/api/drafts/${created.reviewToken}/comments`)
      .send({ version: 1, ...onNumber, body: 'Ta bort personnumret!', authorName: 'Rita' })
      .expect(201);

    // Version 2: words added before the library, the personnummer replaced.
    const v2 = `Hej alla! ${version1.replace(personnummer, 'kontaktcenter 0322-61 60 00')}`;
    await request(app).put(`/api/drafts/${created.authorToken}`).send({ text: v2, baseVersion: 1 }).expect(200);
    // Version 3: a line added at the end; the library passage moves along again.
    const v3 = `${v2}\nVälkomna!`;
    await request(app).put(`/api/drafts/${created.authorToken}`).send({ text: v3, baseVersion: 2 }).expect(200);

    const draft = await view(created.reviewToken);
    const byId = new Map(draft.comments.map((comment) => [comment.id, comment]));
    const movedLibrary = byId.get(library.body.id)!;
    expect(movedLibrary.anchor.version).toBe(3);
    expect(v3.slice(movedLibrary.anchor.start, movedLibrary.anchor.end)).toBe('biblioteket');
    expect(movedLibrary.anchor.start).toBe(onLibrary.start + 'Hej alla! '.length);
    expect(movedLibrary).toMatchObject({ version: 1, ...onLibrary });

    const lostNumber = byId.get(number.body.id)!;
    expect(lostNumber.anchor).toEqual({ version: 1, ...onNumber });
    expect(byId.get(general.body.id)!.anchor).toEqual({ version: 3, start: 0, end: 0 });
  });

  test('a passage edited inside is no longer the same passage', async () => {
    const created = await create();
    const start = version1.indexOf('öppet hus');
    const comment = await request(app)
      .post(`/api/drafts/${created.reviewToken}/comments`)
      .send({ version: 1, start, end: start + 'öppet hus'.length, body: 'Vilken tid?', authorName: 'Rita' })
      .expect(201);
    await request(app).put(`/api/drafts/${created.authorToken}`).send({ text: version1.replace('öppet hus', 'öppet bibliotekshus'), baseVersion: 1 }).expect(200);
    const draft = await view(created.authorToken);
    expect(draft.comments.find((item) => item.id === comment.body.id)!.anchor.version).toBe(1);
  });

  test('a comment on an older version is anchored in the latest one when its passage survived', async () => {
    const created = await create();
    await request(app).put(`/api/drafts/${created.authorToken}`).send({ text: `Nytt först. ${version1}`, baseVersion: 1 }).expect(200);
    const start = version1.indexOf('fika');
    const response = await request(app)
      .post(`/api/drafts/${created.authorToken}/comments`)
      .send({ version: 1, start, end: start + 4, body: 'Finns det glutenfritt?', authorName: 'Sara Skribent' })
      .expect(201);
    expect(response.body.anchor).toEqual({ version: 2, start: start + 'Nytt först. '.length, end: start + 'Nytt först. '.length + 4 });
    const draft = await view(created.reviewToken);
    expect(draft.comments[0]).toMatchObject({ role: 'author', authorName: 'Sara Skribent', version: 1 });
  });

  test('a comment must lie inside its version’s text, and the version must exist', async () => {
    const created = await create();
    const outside = await request(app)
      .post(`/api/drafts/${created.reviewToken}/comments`)
      .send({ version: 1, start: 0, end: version1.length + 1, body: 'x', authorName: 'Rita' });
    expectError(outside, 400, 'invalid_request', /utanför texten/);
    const backwards = await request(app).post(`/api/drafts/${created.reviewToken}/comments`).send({ version: 1, start: 5, end: 2, body: 'x', authorName: 'Rita' });
    expectError(backwards, 400, 'invalid_request', /sluta efter att den börjar/);
    const noVersion = await request(app).post(`/api/drafts/${created.reviewToken}/comments`).send({ version: 9, start: 0, end: 0, body: 'x', authorName: 'Rita' });
    expectError(noVersion, 400, 'invalid_request', /Version 9 finns inte/);
  });
});

describe('input limits, with Swedish errors', () => {
  test('text: at most 20,000 UTF-16 code units (413), exactly 20,000 is fine', async () => {
    const tooLong = await request(app).post('/api/drafts').send({ text: 'a'.repeat(20_001), authorName: 'Sara' });
    expectError(tooLong, 413, 'payload_too_large', /Texten får vara högst 20\s000 tecken\./);
    await request(app).post('/api/drafts').send({ text: 'a'.repeat(20_000), authorName: 'Sara' }).expect(201);
    const created = await create();
    const save = await request(app).put(`/api/drafts/${created.authorToken}`).send({ text: '😀'.repeat(10_001), baseVersion: 1 });
    expectError(save, 413, 'payload_too_large', /högst 20\s000 tecken/);
  });

  test('names: required and at most 100 characters', async () => {
    expectError(await request(app).post('/api/drafts').send({ text: 'Hej' }), 400, 'invalid_request', /^Skriv ditt namn\.$/);
    expectError(await request(app).post('/api/drafts').send({ text: 'Hej', authorName: '   ' }), 400, 'invalid_request', /^Skriv ditt namn\.$/);
    const long = await request(app).post('/api/drafts').send({ text: 'Hej', authorName: 'N'.repeat(101) });
    const body = expectError(long, 400, 'invalid_request', /^Namnet får vara högst 100 tecken\.$/);
    expect(body.error.issues?.[0]?.path).toEqual(['authorName']);
    await request(app).post('/api/drafts').send({ text: 'Hej', authorName: 'N'.repeat(100) }).expect(201);
    // UTF-16 code units, not characters: 51 emoji are 102 units.
    expectError(await request(app).post('/api/drafts').send({ text: 'Hej', authorName: '🙂'.repeat(51) }), 400, 'invalid_request', /^Namnet får vara högst 100 tecken\.$/);
  });

  test('comments, justifications and notes: at most 2,000 characters', async () => {
    const created = await create();
    const comment = await request(app)
      .post(`/api/drafts/${created.reviewToken}/comments`)
      .send({ version: 1, start: 0, end: 0, body: 'k'.repeat(2_001), authorName: 'Rita' });
    expectError(comment, 400, 'invalid_request', /^Kommentaren får vara högst 2\s000 tecken\.$/);
    const empty = await request(app).post(`/api/drafts/${created.reviewToken}/comments`).send({ version: 1, start: 0, end: 0, body: ' ', authorName: 'Rita' });
    expectError(empty, 400, 'invalid_request', /^Skriv en kommentar\.$/);
    const note = await request(app)
      .post(`/api/drafts/${created.reviewToken}/decision`)
      .send({ version: 1, decision: 'approved', note: 'n'.repeat(2_001), authorName: 'Rita' });
    expectError(note, 400, 'invalid_request', /^Anteckningen får vara högst 2\s000 tecken\.$/);
    const justification = await request(app)
      .post(`/api/drafts/${created.reviewToken}/deviations`)
      .send({ version: 1, ruleId: 'pd-personnummer', start: 0, end: 1, justification: 'j'.repeat(2_001), authorName: 'Rita' });
    expectError(justification, 400, 'invalid_request', /^Motiveringen får vara högst 2\s000 tecken\.$/);
    const unknownDecision = await request(app).post(`/api/drafts/${created.reviewToken}/decision`).send({ version: 1, decision: 'maybe', authorName: 'Rita' });
    expectError(unknownDecision, 400, 'invalid_request', /Beslutet ska vara/);
    await request(app).post(`/api/drafts/${created.reviewToken}/comments`).send({ version: 1, start: 0, end: 0, body: 'k'.repeat(2_000), authorName: 'Rita' }).expect(201);
  });

  test('media as in the lint API: at most 20 items, and no unknown fields', async () => {
    const many = await request(app).post('/api/drafts').send({ text: 'Hej', authorName: 'Sara', media: Array.from({ length: 21 }, () => ({ type: 'image' })) });
    expectError(many, 400, 'invalid_request', /Högst 20 bilder eller filmer/);
    const extra = await request(app).post('/api/drafts').send({ text: 'Hej', authorName: 'Sara', secret: 1 });
    expectError(extra, 400, 'invalid_request', /Okänd nyckel/);
    const array = await request(app).post('/api/drafts').send([{ text: 'Hej' }]);
    expectError(array, 400, 'invalid_request', /^Skicka ett JSON-objekt med text och namn\.$/);
    const notJson = await request(app).post('/api/drafts').set('Content-Type', 'text/plain').send('Hej');
    expectError(notJson, 415, 'unsupported_media_type');
  });
});

describe('deleting', () => {
  test('the author deletes at once; afterwards both links answer 410 gone on every endpoint', async () => {
    const created = await create();
    await request(app).delete(`/api/drafts/${created.authorToken}`).expect(204);
    expectError(await request(app).get(`/api/drafts/${created.authorToken}`), 410, 'gone', /raderat/);
    expectError(await request(app).get(`/api/drafts/${created.reviewToken}`), 410, 'gone');
    expectError(await request(app).put(`/api/drafts/${created.authorToken}`).send({ text: 'x', baseVersion: 1 }), 410, 'gone');
    expectError(
      await request(app).post(`/api/drafts/${created.reviewToken}/comments`).send({ version: 1, start: 0, end: 0, body: 'x', authorName: 'R' }),
      410,
      'gone',
    );
    expectError(await request(app).delete(`/api/drafts/${created.authorToken}`), 410, 'gone');
    for (const table of ['versions', 'comments', 'deviations', 'decisions', 'activity']) {
      expect(drafts.db.prepare(`SELECT count(*) AS n FROM ${table} WHERE draft_id = ?`).get(created.id)).toEqual({ n: 0 });
    }
  });
});

describe('storage and logs', () => {
  test('the database runs in WAL mode with foreign keys, full sync and the latest schema version', () => {
    expect(drafts.db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(drafts.db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(drafts.db.pragma('synchronous', { simple: true })).toBe(2);
    expect(drafts.db.pragma('user_version', { simple: true })).toBe(migrations.length);
  });

  test('the request log names route patterns only, never a token or draft text', async () => {
    const created = await create();
    await view(created.reviewToken);
    await request(app).post(`/api/drafts/${created.reviewToken}/comments`).send({ version: 1, start: 0, end: 0, body: 'Hemlig kommentar', authorName: 'Rita' }).expect(201);
    const log = logLines.join('\n');
    expect(log).toContain('/api/drafts/:token');
    expect(log).toContain('/api/drafts/:token/comments');
    expect(log).not.toContain(created.authorToken);
    expect(log).not.toContain(created.reviewToken);
    expect(log).not.toContain('Hemlig kommentar');
    expect(log).not.toContain(personnummer);
  });

  test('the OpenAPI document lists the review endpoints', async () => {
    const { body } = await request(app).get('/api/openapi.json').expect(200);
    expect(Object.keys(body.paths)).toEqual(expect.arrayContaining(['/api/drafts', '/api/drafts/{token}', '/api/drafts/{token}/comments', '/api/drafts/{token}/deviations', '/api/drafts/{token}/decision']));
    expect(body.paths['/api/drafts/{token}'].put.responses['409']).toBeDefined();
    expect(body.paths['/api/drafts'].post.requestBody.content['application/json'].schema.properties.authorName.maxLength).toBe(100);
  });
});
