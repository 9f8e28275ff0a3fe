// Child process of draft-store-processes.test.ts: opens the same SQLite file as its siblings, waits for
// "go" on stdin, then tries to save version 2 of one draft several times from base version 1.
import { createInterface } from 'node:readline';
import { defaultDraftQuotas } from '../../server/drafts/quotas.ts';
import { openDatabase } from '../../server/drafts/sqlite/db.ts';
import { createSqliteDraftStore } from '../../server/drafts/sqlite/store.ts';
import { DraftError } from '../../server/drafts/store.ts';

const [file, token, attempts = '5', name = 'child'] = process.argv.slice(2);
if (file && token) {
  const store = createSqliteDraftStore({ db: openDatabase(file), retentionDays: () => 30, quotas: defaultDraftQuotas });
  const author = await store.resolve(token);
  process.stdout.write('ready\n');
  for await (const line of createInterface({ input: process.stdin })) {
    if (line !== 'go') continue;
    const results: string[] = [];
    for (let attempt = 0; attempt < Number(attempts); attempt++) {
      try {
        await store.saveVersion(author, { text: `Sparad av ${name}, försök ${attempt}.`, channels: [], media: [] }, 1, name);
        results.push('saved');
      } catch (error) {
        results.push(error instanceof DraftError ? error.failure.kind : `error: ${(error as Error).message}`);
      }
    }
    process.stdout.write(`${JSON.stringify(results)}\n`);
    break;
  }
  await store.close();
}
