import { describe, expect, test } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { projectRoot } from '../support/app-process.ts';
import { loadProfiles, builtInProfileDir } from '../../rules/profile/load.ts';
import { resolveProfile, ProfileError } from '../../rules/profile/resolve.ts';
import { registry } from '../../rules/registry.ts';
import { createLinter } from '../../rules/core/linter.ts';

const alingsasFile = () => JSON.parse(readFileSync(join(builtInProfileDir, 'alingsas.json'), 'utf8'));

function profileDir(profiles: Record<string, unknown>) {
  const dir = mkdtempSync(join(tmpdir(), 'postkoll-profiles-'));
  for (const [name, content] of Object.entries(profiles)) writeFileSync(join(dir, name), typeof content === 'string' ? content : JSON.stringify(content));
  return dir;
}

describe('guideline profiles', () => {
  test('the default profile alingsas is valid and turns on every rule that is not opt-in', () => {
    const profile = loadProfiles(registry).get('alingsas')!;
    for (const rule of registry) {
      expect(profile.rules[rule.meta.id]!.severity).toBe(rule.meta.optIn ? 'off' : rule.meta.severity);
    }
    expect(profile.defaultChannels).toEqual(['facebook', 'instagram', 'linkedin']);
  });

  test('a broken threshold is reported with the file, the path inside it and the problem', () => {
    const broken = alingsasFile();
    broken.rules = { 'klar-lix': { options: { warningAbove: 'femtio' } } };
    let error: unknown;
    try {
      resolveProfile(broken, registry, 'kommun.json');
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(ProfileError);
    expect((error as Error).message).toContain('kommun.json');
    expect((error as Error).message).toContain('rules.klar-lix.options.warningAbove');
  });

  test('a profile can change a threshold, a severity and a channel limit without code changes', () => {
    const changed = alingsasFile();
    changed.rules = { 'klar-meningslangd': { options: { infoAbove: 5 } }, 'pd-personnummer': { severity: 'warning' } };
    changed.channels = { x: { limit: 100 } };
    const linter = createLinter(resolveProfile(changed, registry), registry);
    const result = linter.lintPost({ text: `Vi ses på biblioteket i morgon eftermiddag klockan tre. 811218-9876 ${'a '.repeat(60)}`, channels: ['x'] });
    const ids = result.messages.map((message) => [message.ruleId, message.severity]);
    expect(ids).toContainEqual(['klar-meningslangd', expect.any(String)]);
    expect(ids).toContainEqual(['pd-personnummer', 'warning']);
    expect(result.stats.channels[0]).toMatchObject({ id: 'x', limit: 100, fits: false });
  });

  test('a rule set to "off" does not run', () => {
    const changed = alingsasFile();
    changed.rules = { 'pd-personnummer': { severity: 'off' } };
    const linter = createLinter(resolveProfile(changed, registry), registry);
    expect(linter.lintPost({ text: 'Ring 811218-9876', channels: [] }).messages.map((m) => m.ruleId)).not.toContain('pd-personnummer');
  });

  test('POSTKOLL_PROFILES adds a folder of profiles next to the built-in ones', () => {
    const other = { ...alingsasFile(), id: 'exempelkommun', name: 'Exempelkommun' };
    const profiles = loadProfiles(registry, profileDir({ 'exempelkommun.json': other }));
    expect([...profiles.keys()].sort()).toEqual(['alingsas', 'exempelkommun']);
  });

  test('a broken profile stops the server at start with a message naming file, path and problem', () => {
    const broken = { ...alingsasFile(), id: 'trasig', defaultChannels: ['facebook', 'myspace'] };
    const dir = profileDir({ 'trasig.json': broken });
    const result = spawnSync('node', ['--import', 'tsx', 'server/start.ts'], {
      cwd: projectRoot,
      env: { ...process.env, POSTKOLL_PROFILES: dir, PORT: '0' },
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(join(dir, 'trasig.json'));
    expect(result.stderr).toContain('defaultChannels.1');
    expect(result.stderr).toContain('Okänd kanal "myspace"');
  });

  test('a profile file that is not JSON stops the server with the file named', () => {
    const dir = profileDir({ 'fel.json': '{ inte json' });
    const result = spawnSync('node', ['--import', 'tsx', 'server/start.ts'], {
      cwd: projectRoot,
      env: { ...process.env, POSTKOLL_PROFILES: dir, PORT: '0' },
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('fel.json');
    expect(result.stderr).toContain('JSON');
  });
});
