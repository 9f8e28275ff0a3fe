import { afterAll, describe, expect, test } from 'vitest';
import request from 'supertest';
import { createDraftResponseSchema, draftViewSchema, unresolvedErrorsResponseSchema, type DraftView } from '../../rules/api/drafts.ts';
import { draftsApp } from './drafts-app.ts';

// design.md: a version cannot be approved while any error-level finding in it is neither fixed nor
// accepted as a deviation; warnings do not block; the decision shows what was accepted.
const { app, drafts, clock } = draftsApp();
afterAll(() => drafts.close());

const personnummer = '811218-9876';
const withError = `Välkommen till öppet hus på Alingsås bibliotek på lördag. Frågor? Ring Anna, ${personnummer}.`;

async function create(text: string) {
  const response = await request(app).post('/api/drafts').send({ text, channels: ['facebook'], authorName: 'Sara Skribent' }).expect(201);
  return createDraftResponseSchema.parse(response.body);
}

const view = async (token: string): Promise<DraftView> => draftViewSchema.parse((await request(app).get(`/api/drafts/${token}`).expect(200)).body);
const approve = (token: string, version: number) => request(app).post(`/api/drafts/${token}/decision`).send({ version, decision: 'approved', note: '', authorName: 'Rita Granskare' });

describe('the approval gate', () => {
  test('refuses approval with 409 unresolved_errors, listing the errors, until each is fixed or accepted', async () => {
    const created = await create(withError);
    const refused = await approve(created.reviewToken, 1);
    expect(refused.status).toBe(409);
    const body = unresolvedErrorsResponseSchema.parse(refused.body);
    expect(body.error.message).toMatch(/Version 1 kan inte godkännas/);
    expect(body.version).toBe(1);
    expect(body.unresolved).toEqual([expect.objectContaining({ ruleId: 'pd-personnummer', actual: personnummer })]);
    // Nothing was recorded.
    expect((await view(created.authorToken)).decisions).toEqual([]);
    expect((await view(created.authorToken)).state.status).toBe('pending');

    // Requesting changes is never blocked.
    await request(app)
      .post(`/api/drafts/${created.reviewToken}/decision`)
      .send({ version: 1, decision: 'changes_requested', note: 'Ta bort personnumret.', authorName: 'Rita Granskare' })
      .expect(201);

    // Accepted as a deviation (a minute later), the error no longer blocks; the decision records what was accepted.
    clock.advance(60_000);
    const finding = body.unresolved[0]!;
    const deviation = await request(app)
      .post(`/api/drafts/${created.reviewToken}/deviations`)
      .send({ version: 1, ruleId: finding.ruleId, start: finding.start, end: finding.end, justification: 'Anna har själv bett om det.', authorName: 'Rita Granskare' })
      .expect(201);
    clock.advance(60_000);
    await approve(created.reviewToken, 1).expect(201);
    const approved = await view(created.authorToken);
    expect(approved.state.status).toBe('approved');
    expect(approved.decisions.map((decision) => [decision.decision, decision.acceptedDeviations])).toEqual([
      ['changes_requested', []],
      ['approved', [deviation.body.id]],
    ]);
  });

  test('a version where the error is fixed can be approved; warnings do not block', async () => {
    const created = await create(withError);
    await approve(created.reviewToken, 1).expect(409);
    // A sentence well over the recommended length is a warning, not an error.
    const fixed = `Välkommen till öppet hus på Alingsås bibliotek på lördag, där vi visar hur biblioteket fungerar, vad man kan låna, hur man reserverar böcker och hur man får hjälp av personalen med allt som rör läsning och lärande. Frågor? Ring kontaktcenter.`;
    await request(app).put(`/api/drafts/${created.authorToken}`).send({ text: fixed, baseVersion: 1 }).expect(200);
    const current = await view(created.reviewToken);
    expect(current.findings.messages.filter((message) => message.severity === 'error')).toEqual([]);
    expect(current.findings.messages.some((message) => message.severity === 'warning')).toBe(true);
    await approve(created.reviewToken, 2).expect(201);
    expect((await view(created.reviewToken)).state).toMatchObject({ status: 'approved', version: 2 });

    // A warning accepted after the approval, in the same millisecond, is not part of what was approved.
    const warning = current.findings.messages.find((message) => message.severity === 'warning')!;
    const later = await request(app)
      .post(`/api/drafts/${created.reviewToken}/deviations`)
      .send({ version: 2, ruleId: warning.ruleId, start: warning.start, end: warning.end, justification: 'Lång men tydlig.', authorName: 'Rita Granskare' })
      .expect(201);
    const after = await view(created.authorToken);
    expect(after.deviations.map((deviation) => deviation.id)).toEqual([later.body.id]);
    expect(after.decisions.map((decision) => [decision.version, decision.decision, decision.acceptedDeviations])).toEqual([[2, 'approved', []]]);
  });

  test('approving an older version stays a stale 409 conflict, whatever its findings', async () => {
    const created = await create(withError);
    await request(app).put(`/api/drafts/${created.authorToken}`).send({ text: withError.replace(personnummer, 'kontaktcenter'), baseVersion: 1 }).expect(200);
    const stale = await approve(created.reviewToken, 1);
    expect(stale.status).toBe(409);
    expect(stale.body.error.code).toBe('conflict');
    expect(stale.body.latestVersion).toBe(2);
  });
});
