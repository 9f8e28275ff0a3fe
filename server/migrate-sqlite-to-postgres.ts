/**
 * `npm run migrate:sqlite-to-postgres -- <sqlite file> <postgres url>`: moves an existing deployment's
 * review drafts from its SQLite file into an empty PostgreSQL database (README "Deployment").
 * Stop the server first; the SQLite file is only read.
 */
import { existsSync } from 'node:fs';
import { createPool } from './drafts/postgres/db.ts';
import { copySqliteToPostgres } from './drafts/postgres/copy-from-sqlite.ts';

const [file, url] = process.argv.slice(2);
if (!file || !url || !/^postgres(ql)?:\/\//.test(url) || !existsSync(file)) {
  process.stderr.write('Användning: npm run migrate:sqlite-to-postgres -- <SQLite-fil> <postgres://…>\nUsage: npm run migrate:sqlite-to-postgres -- <sqlite file> <postgres://…>\n');
  process.exit(2);
}

const pool = createPool(url, 2);
try {
  const counts = await copySqliteToPostgres(file, pool);
  process.stdout.write(
    `Flyttade ${counts.drafts} utkast (${counts.versions} versioner, ${counts.comments} kommentarer, ${counts.deviations} avvikelser, ${counts.decisions} beslut, ${counts.activity} händelser) och ${counts.tombstones} raderade länkar.\n`,
  );
} catch (error) {
  // The message names the problem, never a draft's content.
  process.stderr.write(`Flytten misslyckades: ${(error as Error).message}\n`);
  process.exitCode = 1;
} finally {
  await pool.end();
}
