import request from 'supertest';
import { describe, expect, test } from 'vitest';
import { ruleInfoSchema } from '../../rules/api/schemas.ts';
import { registry } from '../../rules/registry.ts';
import { testApp } from '../support/api-app.ts';

const { app } = testApp();

// The parts of Alingsås kommun's guideline, in the words of the decision KS 2023-03-22 § 47: it "tar upp
// de lagar och regler som finns, inte minst när det gäller integritet och dataskydd", gives "en riktning
// kring vilken typ av kommunikation som ska förmedlas i de sociala kanalerna, vilket tilltal och vilka
// format som är lämpliga" and "beskriver även roller och intern ansvarsfördelning".
const guidelineParts = [
  'Lagar och regler som gäller, inte minst integritet och dataskydd',
  'Lagar och regler som gäller',
  'roller och ansvarsfördelning',
  'Vilken typ av kommunikation som ska förmedlas i de sociala kanalerna',
  'Vilket tilltal som är lämpligt',
  'Vilka format som är lämpliga',
];

// A file name such as "channels.md" or "lists.ts" means nothing to a user.
const internalFile = /\b[\w-]+\.(?:md|json|tsx?|mts|js|mjs|txt|csv|yaml|yml)\b/u;

function strings(value: unknown, path: string, out: [string, string][] = []): [string, string][] {
  if (typeof value === 'string') out.push([path, value]);
  else if (Array.isArray(value)) value.forEach((item, index) => strings(item, `${path}[${index}]`, out));
  else if (value && typeof value === 'object') for (const [key, item] of Object.entries(value)) strings(item, `${path}.${key}`, out);
  return out;
}

describe('GET /api/rules', () => {
  test('every rule cites the part of the Alingsås guideline it serves', async () => {
    const { body } = await request(app).get('/api/rules').expect(200);
    expect(body.rules.map((rule: { id: string }) => rule.id)).toEqual(registry.map((rule) => rule.meta.id));
    for (const rule of body.rules) {
      expect(ruleInfoSchema.parse(rule)).toEqual(rule);
      expect(rule.guidelineRef, rule.id).toMatch(/ \(KS 2023-03-22 § 47\)$/u);
      const parts = (rule.guidelineRef as string).replace(/ \(KS 2023-03-22 § 47\)$/u, '').split('; ');
      for (const part of parts) expect(guidelineParts, `${rule.id}: ${part}`).toContain(part);
    }
  });

  test('no user-facing string names an internal file', async () => {
    const { body } = await request(app).get('/api/rules').expect(200);
    const named = strings(body, 'rules').filter(([, value]) => internalFile.test(value));
    expect(named).toEqual([]);
  });

  test('serves each example with the findings it pins', async () => {
    const { body } = await request(app).get('/api/rules').expect(200);
    for (const rule of body.rules) for (const example of rule.examples) expect(example.findings?.length, rule.id).toBeGreaterThan(0);
  });
});
