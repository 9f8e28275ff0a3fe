import { describe, expect, test } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { projectRoot } from '../support/app-process.ts';

const dir = mkdtempSync(join(tmpdir(), 'postkoll-cli-'));
const post = (name: string, text: string) => {
  const file = join(dir, name);
  writeFileSync(file, text);
  return file;
};

/** Runs the real CLI process, as `npm run lint:post -- …` does. */
const cli = (args: string[], input?: string) =>
  spawnSync('node', ['--import', 'tsx', 'server/cli.ts', ...args], { cwd: projectRoot, input, encoding: 'utf8', timeout: 60_000 });

describe('npm run lint:post', () => {
  test('prints findings in vfile-reporter style and exits 1 when there is an error', () => {
    const result = cli([post('error.txt', 'Vinnaren är Lisa Berg, 811218-9876, grattis!')]);
    expect(result.status).toBe(1);
    expect(result.stdout).toContain('error.txt');
    expect(result.stdout).toMatch(/1:24-1:35\s+error\s+Texten verkar innehålla ett personnummer/);
    expect(result.stdout).toContain('pd-personnummer');
  });

  test('exits 0 for a post without errors', () => {
    const result = cli(['--channels', 'facebook', post('ok.txt', 'Välkommen till biblioteket på lördag!')]);
    expect(result.status).toBe(0);
  });

  test('prints the API response body with --format json, reading standard input with -', () => {
    const result = cli(['--format', 'json', '--channels', 'x,instagram', '-'], 'Ring 811218-9876');
    expect(result.status).toBe(1);
    const body = JSON.parse(result.stdout);
    expect(body.messages[0]).toMatchObject({ ruleId: 'pd-personnummer', start: 5, end: 16 });
    expect(body.stats.channels.map((channel: { id: string }) => channel.id)).toEqual(['x', 'instagram']);
  });

  test('exits 2 with a Swedish explanation on bad usage', () => {
    const noFile = cli([]);
    expect(noFile.status).toBe(2);
    expect(noFile.stderr).toContain('Användning');
    const badChannel = cli(['--channels', 'myspace', post('c.txt', 'Hej')]);
    expect(badChannel.status).toBe(2);
    expect(badChannel.stderr).toContain('Okänd kanal');
    const missing = cli([join(dir, 'saknas.txt')]);
    expect(missing.status).toBe(2);
    expect(missing.stderr).toContain('kunde inte läsas');
  });
});
