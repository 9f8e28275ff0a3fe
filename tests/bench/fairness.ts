/**
 * The bench's hostile-load sections (issue 15):
 * - adversarial: each hostile request linted in process, the whole request (text and alt texts)
 *   against the 50 ms target, or the server's 413 when it is over the request bound;
 * - pool cost: what linting the ordinary post in the worker pool instead of on the main thread adds;
 * - fairness: an ordinary user posts 1,500 characters every 100 ms, first alone (the control), then while
 *   (a) two clients send the hostile requests in a closed loop, (b) four clients ask for suggestions of
 *   new random words in a closed loop. Target for (a) and (b): the ordinary user's p99 ≤ 100 ms, every
 *   hostile call answered within 2 s.
 */
import { availableParallelism } from 'node:os';
import { createLinters } from '../../server/linters.ts';
import { createWorkPool } from '../../server/work-pool.ts';
import { configFromEnv } from '../../server/config.ts';
import { requestTextLength } from '../../rules/api/schemas.ts';
import { municipalPost } from './texts.ts';
import { fuzzSlowest, hostileRequests, withinRequestBound, type FuzzShapes, type HostileRequest } from './hostile.ts';
import { serverScript, startServer, steadyStateLogs } from './server-process.ts';

const quantile = (values: number[], q: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))] ?? NaN;
};
const median = (values: number[]) => quantile(values, 0.5);

export interface AdversarialFigure {
  name: string;
  units: number;
  refused: boolean;
  /** Linted through the worker pool, as the server lints a request this large (else on the request thread). */
  pooled: boolean;
  /** The request's first lint in this process (V8 compiles the code paths the shape takes). */
  firstMs: number | null;
  /** After the warm-up: what a client sending it in a closed loop gets. */
  medianMs: number | null;
  maxMs: number | null;
}

/** Warm-up calls before the timed ones, and the time they may take in all, per request. */
const warmUp = { calls: 10, budgetMs: 2_000 };

/** The fuzz suite's slowest shapes, saved or (without a fuzz run) timed now through the server's own linter. */
export function benchFuzzShapes(): FuzzShapes {
  const linter = createLinters(undefined, 'alingsas').get(undefined);
  return fuzzSlowest((request) => linter.lintPost({ text: request.text, media: request.media, channels: request.channels }));
}

/**
 * Each hostile request where the server lints it: one of POSTKOLL_POOL_LINT_FROM units or more
 * (text and alt texts) through a one-thread worker pool made by the server's own code (its thread's
 * heap limits, its JSON answer; the round trip counted), a smaller one on this thread. Its first call,
 * then 5 timed calls after a warm-up. The first call of a shape the thread has not linted before pays
 * for V8 compiling the paths it takes (two to seven times the steady figure here); a hostile client
 * repeats its request, and the ordinary post's series are warmed up the same way, so the target is
 * judged on the steady median and the first call is printed beside it.
 * Until 3 Dec 2026 every request was linted on the bench's own thread: with V8's default young
 * generation there, not the pool's larger one, so the figure was not what the server spends.
 */
export async function measureAdversarial(fuzz: FuzzShapes): Promise<AdversarialFigure[]> {
  const linter = createLinters(undefined, 'alingsas').get(undefined);
  const { serving } = configFromEnv({});
  const pool = createWorkPool({ ...serving.pool, threads: 1, perClient: 1 }, { defaultProfile: 'alingsas' });
  await pool.ready;
  const figures: AdversarialFigure[] = [];
  for (const request of hostileRequests(fuzz)) {
    // Counted as the server counts it when it picks the pool (server/routes/lint.ts).
    const units = requestTextLength(request);
    if (!withinRequestBound(request)) {
      figures.push({ name: request.name, units, refused: true, pooled: false, firstMs: null, medianMs: null, maxMs: null });
      continue;
    }
    const post = { text: request.text, media: request.media, channels: request.channels };
    const pooled = units >= serving.pool.lintFromUnits;
    const lint = pooled ? () => pool.run('lintJson', post, 'bench', 10_000) : async () => linter.lintPost(post);
    const timed = async () => {
      const started = performance.now();
      await lint();
      return performance.now() - started;
    };
    const started = performance.now();
    const firstMs = await timed();
    for (let call = 0; call < warmUp.calls && performance.now() - started < warmUp.budgetMs; call++) await lint();
    const times: number[] = [];
    for (let call = 0; call < 5; call++) times.push(await timed());
    figures.push({ name: request.name, units, refused: false, pooled, firstMs, medianMs: median(times), maxMs: Math.max(...times) });
  }
  await pool.close();
  return figures;
}

export interface PoolCost {
  mainMedianMs: number;
  poolMedianMs: number;
  mainCpuMs: number;
}

/** The ordinary 2,200-character post linted on this thread and through the worker pool (one thread, round trip). */
export async function measurePoolCost(rounds: number): Promise<PoolCost> {
  const linter = createLinters(undefined, 'alingsas').get(undefined);
  const { serving } = configFromEnv({});
  const pool = createWorkPool({ ...serving.pool, threads: 1, perClient: 1 }, { defaultProfile: 'alingsas' });
  await pool.ready;
  const post = { text: municipalPost(2_200), channels: ['facebook', 'instagram', 'linkedin'] };
  const main: number[] = [];
  const viaPool: number[] = [];
  const cpu: number[] = [];
  for (let round = 0; round < rounds; round++) {
    const cpuStarted = process.cpuUsage();
    let started = performance.now();
    linter.lintPost(post);
    main.push(performance.now() - started);
    const used = process.cpuUsage(cpuStarted);
    cpu.push((used.user + used.system) / 1000);
    started = performance.now();
    await pool.run('lint', post, 'bench', 10_000);
    viaPool.push(performance.now() - started);
  }
  await pool.close();
  return { mainMedianMs: median(main), poolMedianMs: median(viaPool), mainCpuMs: median(cpu) };
}

interface Call {
  ms: number;
  status: number;
}

export interface FairnessFigure {
  scenario: string;
  /** The ordinary user alone: the machine's own figure, against which the others are read (no target). */
  control: boolean;
  ordinary: { calls: number; p50: number; p99: number; max: number; non200: number };
  hostile: { calls: number; p50: number; max: number; byStatus: Record<string, number>; over2s: number };
}

const summarise = (calls: Call[]) => ({ calls: calls.length, p50: median(calls.map((c) => c.ms)), p99: quantile(calls.map((c) => c.ms), 0.99), max: Math.max(...calls.map((c) => c.ms)) });

/** A random lowercase "word" the dictionary will not know: nspell searches long for it. */
function randomWord(next: () => number) {
  const letters = 'abcdefghijklmnoprstuvyåäö';
  return Array.from({ length: 5 + Math.floor(next() * 9) }, () => letters[Math.floor(next() * letters.length)]).join('');
}

async function timed(url: string, init: RequestInit): Promise<Call> {
  const started = performance.now();
  try {
    const response = await fetch(url, { ...init, signal: AbortSignal.timeout(30_000) });
    await response.arrayBuffer();
    return { ms: performance.now() - started, status: response.status };
  } catch {
    return { ms: performance.now() - started, status: 0 };
  }
}

export async function measureFairness(seconds: number, fuzz: FuzzShapes): Promise<FairnessFigure[]> {
  // The server as npm start runs it (one process per core), measured once every process serves as it will from then on.
  const server = await startServer(serverScript, { POSTKOLL_RATE_LIMIT: '1000000000', POSTKOLL_TRUST_PROXY: 'loopback' }, { waitForLog: { texts: steadyStateLogs, count: availableParallelism() } });
  const ordinaryBody = JSON.stringify({ text: municipalPost(1_500), channels: ['facebook', 'instagram', 'linkedin'] });
  const json = (client: string) => ({ 'content-type': 'application/json', 'x-forwarded-for': client });
  const hostile = hostileRequests(fuzz).map((request: HostileRequest) => JSON.stringify({ text: request.text, media: request.media, channels: request.channels }));
  let seed = 20261202;
  const next = () => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32);

  const scenarios: { scenario: string; clients: number; call: (client: number, round: number) => Promise<Call> }[] = [
    {
      // The control, first: what this machine gives the ordinary user with nobody else on the server. It also
      // runs the ordinary post through each process before the hostile scenarios, as a server that has served
      // its users has: the first few dozen lints of a fresh process run code V8 is still compiling (10–25 ms
      // each here, against 3–4 ms later), and the hostile scenarios should not be charged for that.
      scenario: '(0) the ordinary user alone (control)',
      clients: 0,
      call: () => Promise.reject(new Error('the control has no other clients')),
    },
    {
      scenario: '(a) 2 clients send the hostile inputs in a closed loop',
      clients: 2,
      call: (client, round) => timed(`${server.url}/api/lint`, { method: 'POST', headers: json(`10.0.1.${client}`), body: hostile[(round + client) % hostile.length]! }),
    },
    {
      scenario: '(b) 4 clients ask for suggestions of new random words in a closed loop',
      clients: 4,
      call: (client) => timed(`${server.url}/api/suggestions?word=${encodeURIComponent(randomWord(next))}`, { headers: { 'x-forwarded-for': `10.0.2.${client}` } }),
    },
  ];
  const figures: FairnessFigure[] = [];
  try {
    for (const { scenario, clients, call } of scenarios) {
      const until = performance.now() + seconds * 1_000;
      const hostileCalls: Call[] = [];
      const loops = Array.from({ length: clients }, async (_, client) => {
        for (let round = 0; performance.now() < until; round++) hostileCalls.push(await call(client, round));
      });
      const ordinaryCalls: Promise<Call>[] = [];
      // Open loop: every 100 ms, whether or not the last answer came.
      while (performance.now() < until) {
        ordinaryCalls.push(timed(`${server.url}/api/lint`, { method: 'POST', headers: json('10.0.0.1'), body: ordinaryBody }));
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      const ordinary = await Promise.all(ordinaryCalls);
      await Promise.all(loops);
      const byStatus: Record<string, number> = {};
      for (const { status } of hostileCalls) byStatus[status] = (byStatus[status] ?? 0) + 1;
      figures.push({
        scenario,
        control: clients === 0,
        ordinary: { ...summarise(ordinary), non200: ordinary.filter((c) => c.status !== 200).length },
        hostile: {
          calls: hostileCalls.length,
          p50: median(hostileCalls.map((c) => c.ms)),
          max: Math.max(0, ...hostileCalls.map((c) => c.ms)),
          byStatus,
          over2s: hostileCalls.filter((c) => c.ms > 2_000 || c.status === 0).length,
        },
      });
    }
  } finally {
    await server.stop();
  }
  return figures;
}
