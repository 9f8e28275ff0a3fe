import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { describe, expect, test } from 'vitest';
import { openDatabase } from '../../server/drafts/sqlite/db.ts';
import { projectRoot } from '../support/app-process.ts';
import { commentBody, versionText } from './drafts-durability-writer.ts';

interface Ack {
  kind: 'draft' | 'version' | 'comment' | 'done';
  draft: number;
  id: string;
  version?: number;
  commentId?: number;
}

/** 1,000 versions (plus a comment on each) are planned; the kill lands somewhere among them. */
const plannedVersions = 1_000;

describe('durability', () => {
  test('after SIGKILL at a random moment, every acknowledged version and comment is on disk and the database is intact', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'postkoll-durability-')), 'postkoll.db');
    const child = spawn(process.execPath, ['--import', 'tsx', 'tests/api/drafts-durability-writer.ts', file, String(plannedVersions), '250'], {
      cwd: projectRoot,
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    const exited = new Promise<NodeJS.Signals | null>((resolve) => child.on('exit', (_code, signal) => resolve(signal)));
    // Somewhere between the first writes and the last: acks come after commits, so the child is mid-write.
    // The child acknowledges 2,000 writes in all (versions and comments); stop well before the end.
    const killAfter = 20 + Math.floor(Math.random() * (2 * plannedVersions - 320));
    const acks: Ack[] = [];
    for await (const line of createInterface({ input: child.stdout! })) {
      const ack = JSON.parse(line) as Ack;
      if (ack.kind === 'done') break;
      acks.push(ack);
      if (acks.length === killAfter) {
        setTimeout(() => child.kill('SIGKILL'), Math.random() * 5);
      }
    }
    expect(await exited).toBe('SIGKILL');
    expect(acks.length).toBeGreaterThanOrEqual(killAfter);
    expect(acks.length).toBeLessThan(2 * plannedVersions);

    const db = openDatabase(file);
    try {
      expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
      expect(db.pragma('foreign_key_check')).toEqual([]);
      const version = db.prepare<[string, number], { text: string }>('SELECT text FROM versions WHERE draft_id = ? AND number = ?');
      const comment = db.prepare<[number], { draft_id: string; version: number; body: string }>('SELECT draft_id, version, body FROM comments WHERE id = ?');
      let versions = 0;
      let comments = 0;
      for (const ack of acks) {
        if (ack.kind === 'draft') {
          expect(version.get(ack.id, 1)?.text).toBe(versionText(ack.draft, 1));
          versions++;
        } else if (ack.kind === 'version') {
          expect(version.get(ack.id, ack.version!)?.text).toBe(versionText(ack.draft, ack.version!));
          versions++;
        } else {
          expect(comment.get(ack.commentId!)).toEqual({ draft_id: ack.id, version: ack.version, body: commentBody(ack.draft, ack.version!) });
          comments++;
        }
      }
      expect(versions + comments).toBe(acks.length);
    } finally {
      db.close();
    }
  }, 180_000);
});
