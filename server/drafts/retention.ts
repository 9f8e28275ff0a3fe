import type { DraftStore } from './store.ts';

export interface RetentionLog {
  info(object: Record<string, unknown>, message: string): void;
  error(object: Record<string, unknown>, message: string): void;
}

export const retentionIntervalMs = 86_400_000;

/**
 * Deletes expired drafts now and then once a day. The timer is unref'd so it never keeps the process
 * alive; expired drafts are also refused (410) when their link is used between two runs. A run still
 * going when the next is due is not started twice. Returns a function that stops the job.
 */
export function startRetention(store: DraftStore, log: RetentionLog, intervalMs = retentionIntervalMs): () => void {
  let running = false;
  const run = async () => {
    if (running) return;
    running = true;
    try {
      const deleted = await store.purgeExpired();
      log.info({ deleted }, 'retention: expired drafts deleted');
    } catch (error) {
      log.error({ err: { type: (error as Error).name, code: (error as { code?: string }).code } }, 'retention job failed');
    } finally {
      running = false;
    }
  };
  void run();
  const timer = setInterval(() => void run(), intervalMs);
  timer.unref();
  return () => clearInterval(timer);
}
