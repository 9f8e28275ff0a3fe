/**
 * The limit of this architecture for the HTTP bench: node:http that only reads the JSON body and
 * parses its text with retext-latin (no Express, no validation, no rules). Started by run.ts as
 * its own process, like the real server, so both get the same share of the machine.
 */
import { createServer } from 'node:http';
import { unified } from 'unified';
import retextLatin from 'retext-latin';

const processor = unified().use(retextLatin).freeze();

const server = createServer((req, res) => {
  if (req.method === 'GET') {
    res.writeHead(200, { 'content-type': 'application/json' }).end('{"status":"ok"}');
    return;
  }
  const chunks: Buffer[] = [];
  req.on('data', (chunk: Buffer) => chunks.push(chunk));
  req.on('end', () => {
    try {
      const { text } = JSON.parse(Buffer.concat(chunks).toString('utf8')) as { text: string };
      const tree = processor.parse(text);
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ paragraphs: tree.children.length }));
    } catch {
      res.writeHead(400, { 'content-type': 'application/json' }).end('{"error":"bad request"}');
    }
  });
});

server.listen(Number(process.env.PORT ?? 3002), process.env.HOST ?? '127.0.0.1');
process.on('SIGTERM', () => server.close(() => process.exit(0)));
