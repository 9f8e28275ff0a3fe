import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { freePort, projectRoot } from '../support/app-process.ts';

export { freePort, projectRoot };

/**
 * Resident set size of a process and its child processes (POSTKOLL_WORKERS) in MB, from /proc
 * (Linux); null elsewhere or once it has exited.
 */
export function rssMb(pid: number): number | null {
  const kilobytes = (id: number): number | null => {
    try {
      const match = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${id}/status`, 'utf8'));
      if (!match) return null;
      const children = readFileSync(`/proc/${id}/task/${id}/children`, 'utf8').split(' ').filter(Boolean);
      return Number(match[1]) + children.reduce((sum, child) => sum + (kilobytes(Number(child)) ?? 0), 0);
    } catch {
      return null;
    }
  };
  const total = kilobytes(pid);
  return total === null ? null : Math.round(total / 102.4) / 10;
}

export interface ServerProcess {
  url: string;
  pid: number;
  /** Milliseconds from spawn to the first ok answer from the health URL. */
  startupMs: number;
  /** Milliseconds from spawn until `waitForLog` lines were logged (0 without it). */
  logReadyMs: number;
  child: ChildProcess;
  /** The last lines the process wrote to stderr, for diagnostics. */
  stderr: string[];
  /** The throw-away folder holding the process's database (POSTKOLL_DB), removed by stop(). */
  dataDir: string;
  /** Every line written to stdout (the log), when started with keepStdout. */
  stdout: string[];
  /** The exit code once the process has exited (null when killed by a signal). */
  exited: Promise<number | null>;
  /** SIGTERM, then the exit code (null when killed by a signal). */
  stop(): Promise<number | null>;
}

/**
 * What `npm start` logs once per process when it serves as it will from then on: its worker pool has
 * loaded (before that the threads' loading would be counted as the first load's server CPU) and its
 * linter has been warmed (before that the warm-up shares the thread with the measured requests).
 */
export const steadyStateLogs = ['worker pool ready', 'linters warmed'];

/** The server as `npm start` runs it: the launcher that builds and runs the bundle. */
export const serverScript = 'server/launch.mjs';

/**
 * Starts `node [--import tsx] <script>` on a free loopback port (one PID, so signals reach the server
 * itself), with a throw-away database folder, and waits until `healthPath` answers 200.
 */
export async function startServer(
  script: string,
  env: Record<string, string> = {},
  {
    healthPath = '/api/health',
    keepStdout = false,
    nodeArgs = [],
    onStdoutLine,
    waitForLog,
  }: {
    healthPath?: string;
    keepStdout?: boolean;
    nodeArgs?: string[];
    onStdoutLine?: (line: string) => void;
    /** Also wait until stdout has this many lines containing each of these texts (e.g. each process's worker pool ready). */
    waitForLog?: { texts: string[]; count: number };
  } = {},
): Promise<ServerProcess> {
  const port = await freePort();
  const dataDir = mkdtempSync(join(tmpdir(), 'postkoll-bench-'));
  const started = performance.now();
  // server/launch.mjs (what `npm start` runs) is plain JavaScript that runs the bundled server; TypeScript goes through tsx.
  const child = spawn(process.execPath, [...nodeArgs, ...(script.endsWith('.mjs') ? [] : ['--import', 'tsx']), script], {
    cwd: projectRoot,
    env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', POSTKOLL_DB: join(dataDir, 'postkoll.db'), ...env },
    // The request log goes to stdout; in the bench it is written (as in production) but not kept.
    stdio: ['ignore', keepStdout || onStdoutLine || waitForLog ? 'pipe' : 'ignore', 'pipe'],
  });
  const stdout: string[] = [];
  const logged = new Map<string, number>();
  let partial = '';
  child.stdout?.on('data', (chunk: Buffer) => {
    const lines = (partial + chunk.toString('utf8')).split('\n');
    partial = lines.pop()!;
    for (const line of lines.filter(Boolean)) {
      onStdoutLine?.(line);
      for (const text of waitForLog?.texts ?? []) if (line.includes(text)) logged.set(text, (logged.get(text) ?? 0) + 1);
      if (keepStdout) stdout.push(line);
    }
  });
  const stderr: string[] = [];
  child.stderr!.on('data', (chunk: Buffer) => {
    stderr.push(...chunk.toString('utf8').split('\n').filter(Boolean));
    stderr.splice(0, Math.max(0, stderr.length - 50));
  });
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 120_000;
  let startupMs = 0;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`${script} exited with ${child.exitCode} before it was ready:\n${stderr.join('\n')}`);
    try {
      const response = await fetch(`${url}${healthPath}`);
      if (response.ok) {
        startupMs = performance.now() - started;
        break;
      }
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`${script} did not become ready in time:\n${stderr.join('\n')}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  let logReadyMs = 0;
  if (waitForLog) {
    const missing = () => waitForLog.texts.filter((text) => (logged.get(text) ?? 0) < waitForLog.count);
    while (missing().length > 0) {
      const awaited = missing().map((text) => `"${text}" ${logged.get(text) ?? 0} of ${waitForLog.count} times`).join(', ');
      if (child.exitCode !== null) throw new Error(`${script} exited with ${child.exitCode} before it logged ${awaited}:\n${stderr.join('\n')}`);
      if (Date.now() > deadline) {
        child.kill('SIGKILL');
        throw new Error(`${script} logged ${awaited} in time:\n${stderr.join('\n')}`);
      }
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    logReadyMs = performance.now() - started;
  }
  return {
    url,
    pid: child.pid!,
    startupMs,
    logReadyMs,
    child,
    stderr,
    stdout,
    exited,
    dataDir,
    async stop() {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
      const code = await exited;
      rmSync(dataDir, { recursive: true, force: true });
      return code;
    },
  };
}
