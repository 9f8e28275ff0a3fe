import { describe, expect, test } from 'vitest';
import request from 'supertest';
import { testApp } from '../support/api-app.ts';

const { app, logLines } = testApp();

describe('spelling suggestions', () => {
  test('POST /api/suggestions answers like GET, with the word in the body and never in a URL or the log', async () => {
    const posted = await request(app).post('/api/suggestions').send({ word: 'Välkomen' }).expect(200);
    expect(posted.body.suggestions).toContain('Välkommen');
    const got = await request(app).get('/api/suggestions').query({ word: 'Välkomen' }).expect(200);
    expect(got.body).toEqual(posted.body);
    expect(logLines.join('\n')).not.toContain('Välkomen');
  });

  test('refuses anything but one word with a typed Swedish 400', async () => {
    const refused = await request(app).post('/api/suggestions').send({ word: 'två ord' }).expect(400);
    expect(refused.body.error).toMatchObject({ code: 'invalid_request' });
    expect(refused.body.error.issues[0].message).toMatch(/ett enda ord/);
  });
});
