/**
 * The HTTP bench's two references, node:http with nothing of Express (no validation, no security or
 * rate-limit headers, no request log, no worker pool), started by run.ts as processes of their own like
 * the real server, so that all get the same share of the machine:
 * - `BARE_WORK=parse` (the default), one process: reads the JSON body and parses its text with
 *   retext-latin. The limit of this architecture.
 * - `BARE_WORK=lint`, in POSTKOLL_WORKERS processes under a node:cluster primary (as many as `npm start`
 *   runs): lints the text with the same linter `npm start` builds (shipped profile, same findings bound)
 *   and answers the findings as JSON. What Postkoll reaches below it is what the serving path costs;
 *   what it reaches itself is what the lint allows on the machine.
 */
import cluster from 'node:cluster';
import { createServer } from 'node:http';
import { unified } from 'unified';
import retextLatin from 'retext-latin';

const lints = process.env.BARE_WORK === 'lint';
const processes = lints ? Math.max(1, Number(process.env.POSTKOLL_WORKERS ?? 1)) : 1;

/** What each request's text costs: a parse, or the whole lint. */
async function workOnText(): Promise<(body: { text: string; channels?: string[] }) => unknown> {
  if (!lints) {
    const processor = unified().use(retextLatin).freeze();
    return ({ text }) => ({ paragraphs: processor.parse(text).children.length });
  }
  // Loaded only in this mode: the parse-only server stays what it was, node:http and retext-latin.
  const [{ configFromEnv }, { createLinters }] = await Promise.all([import('../../server/config.ts'), import('../../server/linters.ts')]);
  const config = configFromEnv();
  const linters = createLinters(config.profilesDir, config.defaultProfile, { maxFindingsPerRule: config.serving.maxFindingsPerRule });
  return ({ text, channels }) => linters.get(undefined).lintPost({ text, channels: channels as never });
}

if (cluster.isPrimary && processes > 1) {
  for (let slot = 0; slot < processes; slot++) cluster.fork();
  process.on('SIGTERM', () => {
    cluster.on('exit', () => {
      if (Object.keys(cluster.workers ?? {}).length === 0) process.exit(0);
    });
    for (const worker of Object.values(cluster.workers ?? {})) worker?.process.kill('SIGTERM');
  });
} else {
  const work = await workOnText();
  const server = createServer((req, res) => {
    if (req.method === 'GET') {
      res.writeHead(200, { 'content-type': 'application/json' }).end('{"status":"ok"}');
      return;
    }
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      try {
        const answer = work(JSON.parse(Buffer.concat(chunks).toString('utf8')));
        res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(answer));
      } catch {
        res.writeHead(400, { 'content-type': 'application/json' }).end('{"error":"bad request"}');
      }
    });
  });
  server.listen(Number(process.env.PORT ?? 3002), process.env.HOST ?? '127.0.0.1', () => console.log('bare server ready'));
  process.on('SIGTERM', () => server.close(() => process.exit(0)));
}
