import { execFileSync } from 'node:child_process';
import { appendFileSync, chownSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir, userInfo } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { freePort } from './app-process.ts';

export const postgresInstallCommand = 'apt-get update && apt-get install -y postgresql';

/** Debian's PostgreSQL server programs (the newest installed major version), or null. */
export function postgresBinDir(): string | null {
  if (process.env.POSTGRES_BIN) return existsSync(join(process.env.POSTGRES_BIN, 'initdb')) ? process.env.POSTGRES_BIN : null;
  const root = '/usr/lib/postgresql';
  const versions = existsSync(root)
    ? readdirSync(root)
        .filter((name) => existsSync(join(root, name, 'bin', 'initdb')) && existsSync(join(root, name, 'bin', 'pg_ctl')))
        .sort((a, b) => Number(b) - Number(a))
    : [];
  return versions.length > 0 ? join(root, versions[0]!, 'bin') : null;
}

/** The tests that need PostgreSQL fail loudly, never skip, when it is missing. */
export function requirePostgresBinDir(): string {
  const bin = postgresBinDir();
  if (!bin) {
    throw new Error(
      `PostgreSQL saknas (ingen initdb under /usr/lib/postgresql/*/bin). Testerna mot PostgreSQL kräver Debians server: kör "${postgresInstallCommand}" (eller sätt POSTGRES_BIN). PostgreSQL is missing: install it with ${postgresInstallCommand}.`,
    );
  }
  return bin;
}

export interface TestPostgres {
  /** Connection URL of the maintenance database `postgres`. */
  url: string;
  port: number;
  /** The cluster's data directory, for tests that read its files. */
  dataDir: string;
  /** A new, empty database; returns its URL. */
  createDatabase(name?: string): Promise<string>;
  /** Runs SQL on a database (the maintenance database when url is left out). */
  query<Row extends pg.QueryResultRow = pg.QueryResultRow>(sql: string, params?: unknown[], url?: string): Promise<Row[]>;
  /**
   * Ends the current WAL segment and checkpoints twice (as PostgreSQL does on its own every
   * checkpoint_timeout), then returns the raw bytes of every file in the data directory.
   */
  checkpointAndReadFiles(): Promise<Buffer[]>;
  stop(): Promise<void>;
}

function filesUnder(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name));
}

let databaseCounter = 0;

/**
 * A throwaway PostgreSQL cluster for one test file: `initdb` in a temporary folder, `pg_ctl start`
 * on a free loopback port (its socket in that folder too), trust authentication for loopback only.
 * PostgreSQL refuses to run as root, so as root the cluster belongs to the `postgres` OS user
 * (Debian's package creates it) and every command runs through `runuser`.
 */
export async function startPostgres(): Promise<TestPostgres> {
  const bin = requirePostgresBinDir();
  const asRoot = userInfo().uid === 0;
  const folder = mkdtempSync(join(tmpdir(), 'postkoll-pg-'));
  const dataDir = join(folder, 'data');
  const logFile = join(folder, 'postgres.log');
  const port = await freePort();
  if (asRoot) chownSync(folder, uidOf('postgres'), gidOf('postgres'));

  const run = (program: string, args: string[]) => {
    const command = asRoot ? ['runuser', '-u', 'postgres', '--', join(bin, program), ...args] : [join(bin, program), ...args];
    try {
      return execFileSync(command[0]!, command.slice(1), { cwd: folder, stdio: ['ignore', 'pipe', 'pipe'], encoding: 'utf8' });
    } catch (error) {
      const { stderr, stdout } = error as { stderr?: string; stdout?: string };
      const log = existsSync(logFile) ? readFileSync(logFile, 'utf8') : '';
      throw new Error(`${program} ${args.join(' ')} failed:\n${stdout ?? ''}${stderr ?? ''}${log}`);
    }
  };

  run('initdb', ['-D', dataDir, '-U', 'postgres', '-A', 'trust', '--encoding=UTF8', '--locale=C.UTF-8', '--no-sync']);
  // Loopback only, the socket in our own folder (the system's /var/run/postgresql belongs to the
  // packaged cluster). fsync stays on: the tests read the data files as a deployment writes them.
  const settings = [
    `listen_addresses = '127.0.0.1'`,
    `port = ${port}`,
    `unix_socket_directories = '${folder}'`,
    `max_connections = 100`,
    `shared_buffers = 32MB`,
    `log_min_messages = warning`,
    // As the README advises a deployment: WAL segments a checkpoint no longer needs are deleted, not
    // kept for reuse with their old contents (a deleted draft's key among them).
    `wal_recycle = off`,
  ];
  // Written by us (root or the cluster's owner); postgres only needs to read it.
  appendFileSync(join(dataDir, 'postgresql.conf'), `\n# Postkoll test cluster\n${settings.join('\n')}\n`);
  run('pg_ctl', ['-D', dataDir, '-l', logFile, '-w', '-t', '60', 'start']);

  const url = `postgres://${encodeURIComponent('postgres')}@127.0.0.1:${port}/postgres`;
  const query = async <Row extends pg.QueryResultRow>(sql: string, params: unknown[] = [], target = url) => {
    const client = new pg.Client({ connectionString: target });
    await client.connect();
    try {
      return (await client.query<Row>(sql, params)).rows;
    } finally {
      await client.end();
    }
  };

  let stopped = false;
  return {
    url,
    port,
    dataDir,
    query,
    async createDatabase(name = `postkoll_test_${process.pid}_${++databaseCounter}`) {
      await query(`CREATE DATABASE ${pg.escapeIdentifier(name)}`);
      return `postgres://postgres@127.0.0.1:${port}/${encodeURIComponent(name)}`;
    },
    async checkpointAndReadFiles() {
      await query('SELECT pg_switch_wal()');
      await query('CHECKPOINT');
      await query('SELECT pg_switch_wal()');
      await query('CHECKPOINT');
      return filesUnder(dataDir).flatMap((path) => {
        try {
          return [readFileSync(path)];
        } catch {
          return []; // removed meanwhile (a temporary file)
        }
      });
    },
    async stop() {
      if (stopped) return;
      stopped = true;
      try {
        run('pg_ctl', ['-D', dataDir, '-m', 'fast', '-w', '-t', '60', 'stop']);
      } finally {
        rmSync(folder, { recursive: true, force: true });
      }
    },
  };

  function uidOf(user: string) {
    return Number(execFileSync('id', ['-u', user], { encoding: 'utf8' }).trim());
  }
  function gidOf(user: string) {
    return Number(execFileSync('id', ['-g', user], { encoding: 'utf8' }).trim());
  }
}
