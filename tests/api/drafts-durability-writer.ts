// Child process of drafts-durability.test.ts: writes versions and comments through the real store and
// prints one line per write only after the store has returned, i.e. after the commit.
import { defaultDraftQuotas } from '../../server/drafts/quotas.ts';
import { openDatabase } from '../../server/drafts/sqlite/db.ts';
import { createSqliteDraftStore } from '../../server/drafts/sqlite/store.ts';

export const filler = 'Välkommen till öppet hus på biblioteket i Alingsås. Vi bjuder på fika och visar nya böcker för barn och vuxna. ';
export const versionText = (draft: number, version: number) => `Utkast ${draft}, version ${version}. ${filler.repeat(1 + (version % 4))}`;
export const commentBody = (draft: number, version: number) => `Kommentar till utkast ${draft}, version ${version}.`;

const [file, versionsText = '1000', perDraftText = '250'] = process.argv.slice(2);
if (file && process.argv[1]?.endsWith('drafts-durability-writer.ts')) {
  const total = Number(versionsText);
  const perDraft = Number(perDraftText);
  // 250 versions per draft: more than the default quota, which is not what this test is about.
  const store = createSqliteDraftStore({ db: openDatabase(file), retentionDays: () => 30, quotas: { ...defaultDraftQuotas, versionsPerDraft: perDraft } });
  const ack = (line: Record<string, unknown>) => process.stdout.write(`${JSON.stringify(line)}\n`);
  let written = 0;
  for (let draftNumber = 0; written < total; draftNumber++) {
    const created = await store.create({ text: versionText(draftNumber, 1), channels: ['facebook'], media: [] }, 'Sara', 'alingsas', '127.0.0.1');
    ack({ kind: 'draft', draft: draftNumber, id: created.id, token: created.reviewToken });
    written++;
    const author = await store.resolve(created.authorToken);
    const reviewer = await store.resolve(created.reviewToken);
    for (let version = 1; version <= perDraft && written < total; version++) {
      if (version > 1) {
        await store.saveVersion(author, { text: versionText(draftNumber, version), channels: ['facebook'], media: [] }, version - 1, 'Sara');
        ack({ kind: 'version', draft: draftNumber, id: created.id, version });
        written++;
      }
      const comment = await store.addComment(reviewer, { version, start: 0, end: 6, body: commentBody(draftNumber, version), authorName: 'Rita' });
      ack({ kind: 'comment', draft: draftNumber, id: created.id, version, commentId: comment.id });
    }
  }
  ack({ kind: 'done' });
}
