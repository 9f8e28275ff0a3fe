import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { describe, expect, test } from 'vitest';
import { defaultDraftQuotas } from '../../server/drafts/quotas.ts';
import { openDatabase } from '../../server/drafts/sqlite/db.ts';
import { createSqliteDraftStore } from '../../server/drafts/sqlite/store.ts';
import { projectRoot } from '../support/app-process.ts';

describe('SQLite: several processes on one file', () => {
  test('20 saves from the same base version, split over 4 processes, give exactly one version 2 and 19 stale_version', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'postkoll-processes-')), 'postkoll.db');
    const store = createSqliteDraftStore({ db: openDatabase(file), retentionDays: () => 30, quotas: defaultDraftQuotas });
    const created = await store.create({ text: 'Version ett.', channels: [], media: [] }, 'Sara', 'alingsas', '192.0.2.1');

    const children = Array.from({ length: 4 }, (_, index) => {
      const child = spawn(process.execPath, ['--import', 'tsx', 'tests/api/draft-store-processes-child.ts', file, created.authorToken, '5', `p${index}`], {
        cwd: projectRoot,
        stdio: ['pipe', 'pipe', 'inherit'],
      });
      const lines = createInterface({ input: child.stdout! })[Symbol.asyncIterator]();
      return { child, next: async () => (await lines.next()).value as string };
    });
    for (const { next } of children) expect(await next()).toBe('ready');
    for (const { child } of children) child.stdin!.write('go\n');
    const results = (await Promise.all(children.map(({ next }) => next()))).flatMap((line) => JSON.parse(line) as string[]);
    for (const { child } of children) child.stdin!.end();

    expect(results).toHaveLength(20);
    expect(results.filter((result) => result === 'saved')).toHaveLength(1);
    expect(results.filter((result) => result === 'stale_version')).toHaveLength(19);
    const author = await store.resolve(created.authorToken);
    expect((await store.view(author)).history.map((version) => version.number)).toEqual([1, 2]);
    await store.close();
  }, 120_000);
});
