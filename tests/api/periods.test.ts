import { describe, expect, test } from 'vitest';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import request from 'supertest';
import { builtInProfileDir } from '../../rules/profile/load.ts';
import { resolveProfile, ProfileError } from '../../rules/profile/resolve.ts';
import { registry } from '../../rules/registry.ts';
import { createLinters } from '../../server/linters.ts';
import { createApp } from '../../server/app.ts';
import { configFromEnv } from '../../server/config.ts';
import { createLogger } from '../../server/logger.ts';

// Time-scoped rule sets (issue 16, item 10): a profile says "from this day to that day, these rules are stricter".
const valar = {
  name: 'Valår 2026',
  start: '2026-03-01',
  end: '2026-09-13',
  rules: { 'neutral-partipolitik': { severity: 'error' } },
};
const kris = {
  name: 'Kris: översvämning',
  start: '2026-09-01',
  end: '2026-09-30',
  rules: { 'klar-meningslangd': { options: { infoAbove: 12 } } },
};

function withPeriods(periods: unknown[]) {
  const profile = JSON.parse(readFileSync(join(builtInProfileDir, 'alingsas.json'), 'utf8'));
  return { ...profile, id: 'valkommun', name: 'Valkommunen', periods };
}

function lintersOn(day: { value: string }) {
  const dir = mkdtempSync(join(tmpdir(), 'postkoll-periods-'));
  writeFileSync(join(dir, 'valkommun.json'), JSON.stringify(withPeriods([valar, kris])));
  return createLinters(dir, 'alingsas', { clock: () => new Date(`${day.value}T12:00:00+01:00`) });
}

const political = 'Moderaterna besökte biblioteket i dag.';
const sentence = 'Vi vill berätta att biblioteket i Alingsås har öppet hela veckan med kaffe och tidningar för alla.';

describe('periods in a profile', () => {
  test('apply on the days they hold, by the clock, and each finding from an override names its period', () => {
    const day = { value: '2026-02-28' };
    const linters = lintersOn(day);
    const before = linters.get('valkommun').lintPost({ text: political }).messages.find((message) => message.ruleId === 'neutral-partipolitik')!;
    expect(before.severity).toBe('warning');
    expect(before.period).toBeUndefined();

    day.value = '2026-03-01';
    const during = linters.get('valkommun').lintPost({ text: political }).messages.find((message) => message.ruleId === 'neutral-partipolitik')!;
    expect(during).toMatchObject({ severity: 'error', period: 'Valår 2026' });
    expect(linters.periodsOn('valkommun').map((period) => period.name)).toEqual(['Valår 2026']);
    // The default profile has no periods: the same day changes nothing there.
    expect(linters.get(undefined).lintPost({ text: political }).messages.find((message) => message.ruleId === 'neutral-partipolitik')!.severity).toBe('warning');

    // Two periods at once: each override holds, options merged over the profile's own.
    day.value = '2026-09-05';
    const both = linters.get('valkommun').lintPost({ text: `${political} ${sentence}` }).messages;
    expect(both.find((message) => message.ruleId === 'neutral-partipolitik')).toMatchObject({ period: 'Valår 2026' });
    expect(both.find((message) => message.ruleId === 'klar-meningslangd')).toMatchObject({ period: 'Kris: översvämning' });

    day.value = '2026-10-01';
    expect(linters.get('valkommun').lintPost({ text: sentence }).messages.some((message) => message.ruleId === 'klar-meningslangd')).toBe(false);
  });

  test('are compiled at start: the same set of periods is the same processor on every request', () => {
    const day = { value: '2026-04-01' };
    const linters = lintersOn(day);
    const first = linters.get('valkommun');
    day.value = '2026-06-30';
    expect(linters.get('valkommun')).toBe(first);
    day.value = '2026-09-20';
    expect(linters.get('valkommun')).not.toBe(first);
    expect(linters.get('valkommun', '2026-01-01')).toBe(linters.get('valkommun', '2027-01-01'));
  });

  test('turn at midnight Swedish time, however little the clock moved since the last request', () => {
    const day = { value: '2026-02-28T23:59:59.500+01:00' };
    const linters = createLinters(undefined, 'alingsas', { clock: () => new Date(day.value) });
    expect(linters.today()).toBe('2026-02-28');
    day.value = '2026-03-01T00:00:00.100+01:00';
    expect(linters.today()).toBe('2026-03-01');
    // Summer time: midnight in Sweden is 22:00 UTC.
    day.value = '2026-06-30T21:59:59Z';
    expect(linters.today()).toBe('2026-06-30');
    day.value = '2026-06-30T22:00:00Z';
    expect(linters.today()).toBe('2026-07-01');
  });

  test('are validated like the rest of the profile, with errors that name the path', () => {
    const broken = withPeriods([
      { ...valar, end: '2026-02-01' },
      { ...kris, start: '2026-13-01' },
      { name: 'Okänt', start: '2026-01-01', end: '2026-01-02', rules: { 'ingen-sadan-regel': { severity: 'error' } } },
      { name: 'Fel tröskel', start: '2026-01-01', end: '2026-01-02', rules: { 'klar-meningslangd': { options: { infoAbove: 'tolv' } } } },
    ]);
    let error: unknown;
    try {
      resolveProfile(broken, registry, 'valkommun.json');
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(ProfileError);
    const paths = (error as ProfileError).problems.map((problem) => problem.path.join('.'));
    expect(paths).toEqual(expect.arrayContaining(['periods.0.end', 'periods.1.start']));
    // Shape errors stop first; the rule checks run on a profile of the right shape.
    let second: unknown;
    try {
      resolveProfile(withPeriods(broken.periods.slice(2)), registry, 'valkommun.json');
    } catch (caught) {
      second = caught;
    }
    expect((second as ProfileError).problems.map((problem) => problem.path.join('.'))).toEqual(['periods.0.rules.ingen-sadan-regel', 'periods.1.rules.klar-meningslangd.options.infoAbove']);
    expect((second as Error).message).toContain('valkommun.json');
  });

  test('GET /api/profiles/:id shows every period and which are in force today', async () => {
    const linters = lintersOn({ value: '2026-05-01' });
    const app = createApp({ config: { ...configFromEnv({}), rateLimitPerMinute: 100_000 }, linters, logger: createLogger('silent'), serveClient: false });
    const response = await request(app).get('/api/profiles/valkommun').expect(200);
    expect(response.body.periods.map((period: { name: string }) => period.name)).toEqual(['Valår 2026', 'Kris: översvämning']);
    expect(response.body.periods[0].rules['neutral-partipolitik']).toMatchObject({ severity: 'error', period: 'Valår 2026' });
    expect(response.body.periodsInForce).toEqual(['Valår 2026']);
    expect(response.body.today).toBe('2026-05-01');
  });
});
