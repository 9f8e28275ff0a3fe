/**
 * Graceful shutdown of the real process (server/start.ts): on SIGTERM it stops accepting, finishes
 * the request in flight, closes the database and exits 0. The request is held in flight without a
 * test-only route: its headers and half of its body are sent, the rest only after the signal.
 */
import { existsSync } from 'node:fs';
import { connect, type Socket } from 'node:net';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { startServer, type ServerProcess } from '../bench/server-process.ts';

let server: ServerProcess;
let port = 0;

beforeAll(async () => {
  server = await startServer('server/start.ts', { POSTKOLL_RATE_LIMIT: '100000', LOG_LEVEL: 'info' }, { keepStdout: true });
  port = Number(new URL(server.url).port);
});

afterAll(async () => {
  await server?.stop();
});

/** Reads one HTTP/1.1 answer with a Content-Length from a socket. */
function readAnswer(socket: Socket): Promise<{ status: number; headers: string; body: string }> {
  return new Promise((resolve, reject) => {
    let data = Buffer.alloc(0);
    const onData = (chunk: Buffer) => {
      data = Buffer.concat([data, chunk]);
      const headerEnd = data.indexOf('\r\n\r\n');
      if (headerEnd === -1) return;
      const headers = data.subarray(0, headerEnd).toString('latin1');
      const length = Number(/content-length: (\d+)/i.exec(headers)?.[1] ?? 0);
      if (data.length < headerEnd + 4 + length) return;
      socket.off('data', onData);
      resolve({ status: Number(headers.split(' ')[1]), headers, body: data.subarray(headerEnd + 4, headerEnd + 4 + length).toString('utf8') });
    };
    socket.on('data', onData);
    socket.once('error', reject);
  });
}

const open = () =>
  new Promise<Socket>((resolve, reject) => {
    const socket = connect(port, '127.0.0.1', () => resolve(socket));
    socket.once('error', reject);
  });

const marker = `pkshutdown${Date.now()}`;

describe('graceful shutdown on SIGTERM', () => {
  test('the request in flight is answered, new connections are refused, the database is closed and the exit code is 0', async () => {
    // An idle keep-alive connection must not hold the shutdown up.
    const idle = await open();
    idle.write('GET /api/health HTTP/1.1\r\nHost: localhost\r\nConnection: keep-alive\r\n\r\n');
    expect((await readAnswer(idle)).status).toBe(200);

    // A draft, so that the database has been written to.
    const created = await fetch(`${server.url}/api/drafts`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ text: `Välkommen ${marker}!`, authorName: 'Sara' }),
    });
    expect(created.status).toBe(201);

    const body = Buffer.from(JSON.stringify({ text: `Välkommen till öppet hus på biblioteket, ${marker}! Ring 070-123 45 67.`, channels: ['facebook'] }));
    const inFlight = await open();
    inFlight.write(`POST /api/lint HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\nContent-Length: ${body.length}\r\n\r\n`);
    inFlight.write(body.subarray(0, 20));
    const answer = readAnswer(inFlight);
    await new Promise((resolve) => setTimeout(resolve, 200));

    const signalledAt = Date.now();
    server.child.kill('SIGTERM');
    // A request already on its way over an idle keep-alive connection as the signal arrives: it is
    // answered (and the connection then closed), not reset. Sent once the server has begun to stop.
    while (!server.stdout.some((line) => line.includes('stopping'))) await new Promise((resolve) => setTimeout(resolve, 5));
    idle.write('GET /api/health HTTP/1.1\r\nHost: localhost\r\nConnection: keep-alive\r\n\r\n');
    const lateOnIdle = await readAnswer(idle);
    expect(lateOnIdle.status).toBe(200);
    expect(lateOnIdle.headers).toMatch(/^connection: close$/im);
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(server.child.exitCode, 'still running while a request is in flight').toBeNull();
    await expect(open()).rejects.toMatchObject({ code: 'ECONNREFUSED' });

    inFlight.write(body.subarray(20));
    const { status, headers, body: text } = await answer;
    expect(status).toBe(200);
    // Told to close, so the keep-alive connection does not hold the exit up.
    expect(headers).toMatch(/^connection: close$/im);
    expect(JSON.parse(text).stats.characters).toBeGreaterThan(0);

    const code = await server.exited;
    expect(code).toBe(0);
    // Well before the 10 s in which open connections are cut.
    expect(Date.now() - signalledAt).toBeLessThan(5_000);
    const logs = server.stdout.map((line) => JSON.parse(line) as { msg: string });
    expect(logs.map((line) => line.msg)).toEqual(expect.arrayContaining(['stopping: no new connections, finishing requests in flight', 'stopped']));
    expect(server.stdout.join('\n')).not.toContain(marker);
    // The database was closed: SQLite checkpoints and removes the write-ahead log on close.
    expect(existsSync(join(server.dataDir, 'postkoll.db'))).toBe(true);
    expect(existsSync(join(server.dataDir, 'postkoll.db-wal'))).toBe(false);
  });
});
