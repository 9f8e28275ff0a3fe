/**
 * Every core on one machine: POSTKOLL_WORKERS=2 starts two server processes on one port (node:cluster)
 * that share one SQLite file. Run as `node --import tsx server/start.ts`, which `npm start` runs.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { projectRoot, startApp, type RunningApp } from '../support/app-process.ts';

let app: RunningApp;

/** The server processes of the app's process group (the primary and its workers, not helpers such as esbuild), from /proc. */
function processGroup(groupId: number): number[] {
  const pids: number[] = [];
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      // Fields after the command name "(…)": state, ppid, pgrp, …
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      const server = readFileSync(`/proc/${name}/cmdline`, 'utf8').includes('server/start.ts');
      if (Number(fields[2]) === groupId && fields[0] !== 'Z' && server) pids.push(Number(name));
    } catch {
      // exited meanwhile
    }
  }
  return pids;
}

/** The nice value of each thread of a process, by thread id, from /proc (field 19 of stat). */
function threadNice(pid: number): Map<number, number> {
  const nice = new Map<number, number>();
  for (const id of readdirSync(`/proc/${pid}/task`)) {
    const stat = readFileSync(`/proc/${pid}/task/${id}/stat`, 'utf8');
    nice.set(Number(id), Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[16]));
  }
  return nice;
}

const readyLines = () => app.logs.filter((line) => line.includes('Postkoll is ready')).map((line) => JSON.parse(line) as { worker: number });

beforeAll(async () => {
  // node itself, not npm: the exit code checked below is the primary's.
  app = await startApp({ POSTKOLL_WORKERS: '2', LOG_LEVEL: 'info' }, [process.execPath, '--import', 'tsx', 'server/start.ts']);
  // /api/health answered from one worker; wait for the other.
  for (let tries = 0; readyLines().length < 2 && tries < 300; tries++) await new Promise((resolve) => setTimeout(resolve, 100));
});

afterAll(async () => {
  await app?.stop('SIGKILL');
});

describe('POSTKOLL_WORKERS', () => {
  test('starts that many server processes on one port, each ready once', () => {
    expect(readyLines().map((line) => line.worker).sort()).toEqual([0, 1]);
    // The primary and two workers.
    expect(processGroup(app.process.pid!)).toHaveLength(3);
  });

  test('each process lints the rules\' examples once after it starts listening, so that the first user does not pay for the cold lint', async () => {
    const warmed = () => app.logs.filter((line) => line.includes('linters warmed')).map((line) => JSON.parse(line) as { worker: number; ms: number });
    for (let tries = 0; warmed().length < 2 && tries < 300; tries++) await new Promise((resolve) => setTimeout(resolve, 100));
    expect(warmed().map((line) => line.worker).sort()).toEqual([0, 1]);
    for (const line of warmed()) expect(line.ms).toBeGreaterThan(0);
  });

  test('in each server process only the request thread keeps its priority: V8\'s helper threads and the worker pool yield the cores to it', async () => {
    const poolReady = () => app.logs.filter((line) => line.includes('worker pool ready')).map((line) => JSON.parse(line) as { worker: number; helperThreadsLowered: number });
    for (let tries = 0; poolReady().length < 2 && tries < 300; tries++) await new Promise((resolve) => setTimeout(resolve, 100));
    expect(poolReady().map((line) => line.worker).sort()).toEqual([0, 1]);
    const workers = processGroup(app.process.pid!).filter((pid) => pid !== app.process.pid);
    expect(workers).toHaveLength(2);
    for (const pid of workers) {
      const nice = threadNice(pid);
      const requestThread = nice.get(pid)!;
      const others = [...nice].filter(([id]) => id !== pid).map(([, value]) => value);
      // V8's platform threads, libuv's and the pool's: POSTKOLL_HELPER_NICE's default, 10 (at most 19).
      expect(others.length).toBeGreaterThanOrEqual(poolReady()[0]!.helperThreadsLowered);
      for (const value of others) expect(value).toBe(Math.min(19, requestThread + 10));
    }
    for (const line of poolReady()) expect(line.helperThreadsLowered).toBeGreaterThan(0);
  });

  test('the workers share one database: every draft created through the port is readable through it', async () => {
    const created = await Promise.all(
      Array.from({ length: 12 }, async (_, index) => {
        const response = await fetch(`${app.url}/api/drafts`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ text: `Utkast nummer ${index} om biblioteket.`, authorName: 'Sara' }),
        });
        expect(response.status).toBe(201);
        return { index, ...((await response.json()) as { reviewToken: string }) };
      }),
    );
    for (const { index, reviewToken } of created) {
      const response = await fetch(`${app.url}/api/drafts/${reviewToken}`);
      expect(response.status).toBe(200);
      const body = (await response.json()) as { latest: { text: string } };
      expect(body.latest.text).toBe(`Utkast nummer ${index} om biblioteket.`);
    }
  });

  test('the stale-save check holds across the processes: 20 concurrent saves with one base give 1 winner and 19 typed 409s', async () => {
    const response = await fetch(`${app.url}/api/drafts`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ text: 'Version ett.', authorName: 'Sara' }),
    });
    const { authorToken } = (await response.json()) as { authorToken: string };
    // Each request on its own connection, so that the primary deals them to both workers.
    const statuses = await Promise.all(
      Array.from({ length: 20 }, async (_, index) => {
        const answer = await fetch(`${app.url}/api/drafts/${authorToken}`, {
          method: 'PUT',
          headers: { 'content-type': 'application/json', connection: 'close' },
          body: JSON.stringify({ text: `Version två, försök ${index}.`, baseVersion: 1 }),
        });
        const body = (await answer.json()) as { error?: { code: string }; latestVersion?: number };
        return answer.status === 409 ? `409 ${body.error?.code} ${body.latestVersion}` : String(answer.status);
      }),
    );
    expect(statuses.filter((status) => status === '200')).toHaveLength(1);
    expect(statuses.filter((status) => status === '409 conflict 2')).toHaveLength(19);
  });

  test('retention runs in one process, not in each', () => {
    expect(app.logs.filter((line) => line.includes('retention:')).length).toBe(1);
  });

  test('SIGTERM stops every worker and the primary, with exit code 0', async () => {
    const group = app.process.pid!;
    expect(processGroup(group)).toHaveLength(3);
    const code = await app.stop('SIGTERM');
    expect(code).toBe(0);
    for (let tries = 0; processGroup(group).length > 0 && tries < 50; tries++) await new Promise((resolve) => setTimeout(resolve, 100));
    expect(processGroup(group)).toEqual([]);
    expect(app.logs.filter((line) => line.includes('"msg":"stopped"')).length).toBe(2);
    expect(app.logs.some((line) => line.includes('stopped: every worker has exited'))).toBe(true);
  });
});

describe('a worker that cannot start', () => {
  test('stops the start with exit code 1 and says why, instead of being restarted for ever (its port is taken)', async () => {
    const taken: Server = createServer();
    await new Promise<void>((resolve) => taken.listen(0, '127.0.0.1', resolve));
    const { port } = taken.address() as { port: number };
    try {
      const run = spawnSync(process.execPath, ['--import', 'tsx', 'server/start.ts'], {
        cwd: projectRoot,
        env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', POSTKOLL_WORKERS: '2', POSTKOLL_DB: join(mkdtempSync(join(tmpdir(), 'postkoll-')), 'postkoll.db'), LOG_LEVEL: 'info' },
        encoding: 'utf8',
        timeout: 60_000,
      });
      expect(run.status).toBe(1);
      expect(run.stdout).toContain('could not listen');
      expect(run.stdout).toContain('a worker exited before it could serve; stopping');
      expect(run.stdout).not.toContain('starting another');
    } finally {
      taken.close();
    }
  }, 90_000);
});
