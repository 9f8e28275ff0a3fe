/**
 * `npm run loadtest [-- --quick | --seconds N]`: 60 s (10 s with --quick) at c=50 against the real server on a
 * mix of lint requests and review reads (GET /api/drafts/:token, which lints the latest version
 * again). Prints errors and the server's RSS over time. RSS alone rises and falls with V8's
 * collection cycles, so the server runs with --trace-gc and the live heap after each full
 * collection (Mark-Compact) is the measure of growth: exits 1 on any error or when that keeps rising.
 */
import { availableParallelism } from 'node:os';
import autocannon from 'autocannon';
import { municipalPost } from './texts.ts';
import { rssMb, serverScript, startServer, steadyStateLogs } from './server-process.ts';

const quick = process.argv.includes('--quick');
const secondsArgument = process.argv.indexOf('--seconds');
// --seconds N runs longer, e.g. to see several full collections.
const seconds = secondsArgument > 0 ? Number(process.argv[secondsArgument + 1]) : quick ? 10 : 60;
const connections = 50;
/** The live heap after the last full collection may be at most this times the first (issue 15: within 20 %). */
const maxHeapGrowth = 1.2;

const percent = (change: number) => `${change >= 0 ? '+' : '−'}${Math.abs(change * 100).toFixed(1)} %`;

async function main() {
  // Every isolate logs its own collections: each server process's request thread and each of its
  // worker pool threads (npm start runs one process per core, and a primary that only hands out
  // connections). They are told apart by process id and isolate address, and a process's request
  // thread is its isolate that collects most often (it parses every request); judging all of them as
  // one series mixed 7 MB pool heaps with the 40 MB request threads.
  const liveAfterFullGc = new Map<string, { second: number; mb: number }[]>();
  const liveBeforeLoad = new Map<string, number>();
  const collections = new Map<string, number>();
  let loadStarted = 0;
  // e.g. "[123:0x5a1b2c3d4e50]  5472 ms: Mark-Compact 238.6 (272.3) -> 46.2 (80.1) MB": the heap in use after a full collection.
  const gcLine = /^\[(\d+:0x[0-9a-f]+)\]\s+[\d.]+ ms: (\S+)/;
  const markCompact = /Mark-Compact [\d.]+ \([\d.]+\) -> ([\d.]+) \([\d.]+\) MB/;
  const server = await startServer(
    serverScript,
    { POSTKOLL_RATE_LIMIT: '1000000000' },
    {
      nodeArgs: ['--trace-gc'],
      waitForLog: { texts: steadyStateLogs, count: availableParallelism() },
      onStdoutLine: (line) => {
        const gc = gcLine.exec(line);
        if (!gc) return;
        const isolate = gc[1]!;
        collections.set(isolate, (collections.get(isolate) ?? 0) + 1);
        const match = markCompact.exec(line);
        if (!match) return;
        if (loadStarted === 0) liveBeforeLoad.set(isolate, Number(match[1]));
        else liveAfterFullGc.set(isolate, [...(liveAfterFullGc.get(isolate) ?? []), { second: Math.round((Date.now() - loadStarted) / 1000), mb: Number(match[1]) }]);
      },
    },
  );
  try {
    const post = (path: string, body: unknown) =>
      fetch(`${server.url}${path}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
    const tokens: string[] = [];
    for (const [index, size] of [280, 2_200, 1_000].entries()) {
      const response = await post('/api/drafts', { text: municipalPost(size, index), channels: ['facebook', 'instagram'], authorName: 'Lasttest' });
      if (response.status !== 201) throw new Error(`could not create a draft: ${response.status} ${await response.text()}`);
      const created = (await response.json()) as { authorToken: string; reviewToken: string };
      tokens.push(created.authorToken, created.reviewToken);
    }
    const lintBody = JSON.stringify({ text: municipalPost(2_200), channels: ['facebook', 'instagram', 'linkedin'] });
    const shortBody = JSON.stringify({ text: municipalPost(280), channels: ['instagram'] });
    const json = { 'content-type': 'application/json' };
    // Each connection walks this list round and round: half lint, half review reads.
    const requests = [
      { method: 'POST' as const, path: '/api/lint', headers: json, body: lintBody },
      ...tokens.slice(0, 3).map((token) => ({ method: 'GET' as const, path: `/api/drafts/${token}` })),
      { method: 'POST' as const, path: '/api/lint', headers: json, body: shortBody },
      ...tokens.slice(3).map((token) => ({ method: 'GET' as const, path: `/api/drafts/${token}` })),
      { method: 'POST' as const, path: '/api/lint', headers: json, body: lintBody },
      { method: 'GET' as const, path: '/api/rules' },
    ];

    const samples: { second: number; rssMb: number | null }[] = [{ second: 0, rssMb: rssMb(server.pid) }];
    const started = Date.now();
    loadStarted = started;
    const sampler = setInterval(() => samples.push({ second: Math.round((Date.now() - started) / 1000), rssMb: rssMb(server.pid) }), 5_000);
    console.log(`Load test: ${seconds} s at c=${connections} on ${requests.length} requests per round (lint 2,200 and 280 chars, 6 review reads, rules); RSS at start ${samples[0]!.rssMb} MB`);
    const result = await autocannon({ url: server.url, connections, duration: seconds, requests });
    clearInterval(sampler);
    samples.push({ second: Math.round((Date.now() - started) / 1000), rssMb: rssMb(server.pid) });

    const errors = result.errors + result.non2xx + result.timeouts;
    const rss = samples.map((sample) => sample.rssMb ?? 0);
    // Bounded (issue 15): after the load's last full collection the live heap is within 20 % of where it
    // stood at the load's first full collection. Not of the heap before the load: the first requests
    // fill the memos (known words, message templates) and 50 requests are in flight at any collection,
    // so that comparison is printed but not judged.
    const busiest = new Map<string, [string, number]>();
    for (const [isolate, count] of collections) {
      const pid = isolate.split(':')[0]!;
      if (count > (busiest.get(pid)?.[1] ?? -1)) busiest.set(pid, [isolate, count]);
    }
    // A cluster's primary (the process started here) only hands out connections: not a request thread.
    const primary = busiest.size > 1 ? String(server.pid) : undefined;
    const requestThreads = [...busiest.entries()].filter(([pid]) => pid !== primary).map(([, [isolate]]) => isolate).filter((isolate) => liveAfterFullGc.has(isolate));
    const judged = requestThreads.map((isolate) => {
      const series = liveAfterFullGc.get(isolate)!;
      const live = series.map((entry) => entry.mb);
      return { isolate, series, change: live.at(-1)! / live[0]! - 1, bounded: live.at(-1)! <= live[0]! * maxHeapGrowth };
    });
    const bounded = judged.every((thread) => thread.bounded);
    console.log(`requests ${result.requests.total}, ${result.requests.average.toFixed(0)} req/s, latency p50 ${result.latency.p50} ms, p99 ${result.latency.p99} ms`);
    console.log(`errors ${errors} (connection errors ${result.errors}, non-2xx ${result.non2xx}, timeouts ${result.timeouts})`);
    console.log(`RSS MB over time (every server process): ${samples.map((sample) => `${sample.second}s ${sample.rssMb}`).join(', ')}`);
    console.log(`RSS at start ${rss[0]} MB, at end ${rss.at(-1)} MB, peak ${Math.max(...rss)} MB`);
    if (judged.length === 0) console.log("request threads' live heap after full GC: no full collection during the load, cannot judge (run longer with --seconds)");
    for (const thread of judged) {
      console.log(
        `request thread ${thread.isolate}: live heap after full GC ${liveBeforeLoad.get(thread.isolate) ?? '?'} MB before the load; during it ` +
          `${thread.series.map((entry) => `${entry.second}s ${entry.mb}`).join(', ')}: last against first ${percent(thread.change)} ` +
          `(limit +${Math.round((maxHeapGrowth - 1) * 100)} %): ${thread.bounded ? 'bounded' : 'STILL GROWING'}`,
      );
    }
    for (const [isolate, entries] of liveAfterFullGc) {
      const whose = isolate.split(':')[0] === primary ? "the cluster primary's" : "a worker pool thread's";
      if (!requestThreads.includes(isolate)) console.log(`  ${whose} live heap after full GC: ${entries.map((entry) => `${entry.second}s ${entry.mb}`).join(', ')}`);
    }
    if (errors > 0 || !bounded) process.exitCode = 1;
  } finally {
    const code = await server.stop();
    if (code !== 0) {
      console.log(`server exited with ${code} after SIGTERM:\n${server.stderr.join('\n')}`);
      process.exitCode = 1;
    }
  }
}

await main();
