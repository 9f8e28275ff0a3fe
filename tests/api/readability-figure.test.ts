import { describe, expect, test } from 'vitest';
import request from 'supertest';
import { testApp } from '../support/api-app.ts';
import { lintResponseSchema } from '../../rules/api/schemas.ts';

const { app } = testApp();

// One readability figure on one screen (issue 16, item 6): the stats and klar-lix count the same way.
describe('the readability figure', () => {
  test('stats.lix is the LIX klar-lix reports, with the organisation’s own names left out and counted', async () => {
    const text =
      'Kommunfullmäktige och kommunstyrelsen i Alingsås kommun sammanträder i Stadshuset. Sammanträdesprotokollet publiceras efterföljande arbetsvecka. Medborgarförslagen behandlas också vid sammanträdet under eftermiddagen.';
    const body = lintResponseSchema.parse((await request(app).post('/api/lint').send({ text }).expect(200)).body);
    const klarLix = body.messages.find((message) => message.ruleId === 'klar-lix');
    expect(klarLix?.message).toContain(`LIX) är ${body.stats.lix} `);
    expect(body.stats.lixNamesLeftOut).toBeGreaterThanOrEqual(2);
    expect(body.stats.fleschReadingEase).toBeNull();
  });

  test('an English post gets its English readability (Flesch) in the stats, not a LIX', async () => {
    const text = 'We are changing how we collect waste. The new rules start on the first of May. Read more on our website.';
    const body = lintResponseSchema.parse((await request(app).post('/api/lint').send({ text }).expect(200)).body);
    expect(body.stats.language).toBe('en');
    expect(body.stats.lix).toBeNull();
    expect(body.stats.fleschReadingEase).toBeGreaterThan(60);
  });
});
