import { describe, expect, test } from 'vitest';
import request from 'supertest';
import { testApp } from '../support/api-app.ts';
import { vocabularySchema } from '../../rules/api/schemas.ts';
import { lixBand, vocabulary } from '../../rules/vocabulary.ts';
import { lixBand as clientLixBand, categoryName, severityLabel, unitLabel } from '../../client/src/editor/labels.ts';
import { categoryName as rulesCategoryName, severityName } from '../../client/src/rules/labels.ts';

const { app } = testApp();

describe('one vocabulary', () => {
  test('GET /api/rules serves it beside the catalog', async () => {
    const { body } = await request(app).get('/api/rules').expect(200);
    expect(vocabularySchema.parse(body.vocabulary)).toEqual(JSON.parse(JSON.stringify(vocabulary)));
    expect(body.vocabulary.categoryLabels['personal-data']).toBe('Personuppgifter');
  });

  test('LIX bands follow rules.md, on the server and in the client alike, 60 included', () => {
    const cases: [number, string][] = [[29, 'mycket lättläst'], [30, 'lättläst'], [40, 'medelsvår'], [50, 'svår'], [60, 'svår'], [61, 'mycket svår']];
    for (const [lix, band] of cases) {
      expect(lixBand(lix), String(lix)).toBe(band);
      expect(clientLixBand(lix), String(lix)).toBe(band);
    }
  });

  test('the client\'s labels are the vocabulary\'s', () => {
    expect(categoryName('legal')).toBe(vocabulary.categoryLabels.legal);
    expect(rulesCategoryName.tone).toBe(vocabulary.categoryLabels.tone);
    expect(severityLabel.info).toBe('Tips');
    expect(severityName.off).toBe('Avstängd');
    expect(unitLabel.twitter).toBe('viktade tecken');
  });
});
