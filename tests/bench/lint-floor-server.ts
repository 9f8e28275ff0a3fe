/**
 * The floor of the real server's cost on the HTTP bench: node:http that reads the JSON body, lints
 * the text with the same linter `npm start` serves (shipped profile, same limits), and answers its
 * findings as JSON. No Express, no validation, no security or rate-limit headers, no request log, no
 * worker pool. Started by run.ts with as many processes as `npm start` runs (POSTKOLL_WORKERS, under a
 * node:cluster primary), so that the gap between the two is what the serving path costs and the rest
 * is the lint's own.
 */
import cluster from 'node:cluster';
import { createServer } from 'node:http';
import { configFromEnv } from '../../server/config.ts';

const config = configFromEnv();
const processes = Math.max(1, Number(process.env.POSTKOLL_WORKERS ?? 1));

if (cluster.isPrimary && processes > 1) {
  for (let slot = 0; slot < processes; slot++) cluster.fork();
  process.on('SIGTERM', () => {
    for (const worker of Object.values(cluster.workers ?? {})) worker?.process.kill('SIGTERM');
    cluster.on('exit', () => {
      if (Object.keys(cluster.workers ?? {}).length === 0) process.exit(0);
    });
  });
} else {
  const { createLinters } = await import('../../server/linters.ts');
  const linters = createLinters(config.profilesDir, config.defaultProfile, { maxFindingsPerRule: config.serving.maxFindingsPerRule });
  const server = createServer((req, res) => {
    if (req.method === 'GET') {
      res.writeHead(200, { 'content-type': 'application/json' }).end('{"status":"ok"}');
      return;
    }
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      try {
        const { text, channels } = JSON.parse(Buffer.concat(chunks).toString('utf8')) as { text: string; channels?: string[] };
        const response = linters.get(undefined).lintPost({ text, channels: channels as never });
        res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(response));
      } catch {
        res.writeHead(400, { 'content-type': 'application/json' }).end('{"error":"bad request"}');
      }
    });
  });
  server.listen(Number(process.env.PORT ?? 3003), process.env.HOST ?? '127.0.0.1', () => console.log('lint floor ready'));
  process.on('SIGTERM', () => server.close(() => process.exit(0)));
}
