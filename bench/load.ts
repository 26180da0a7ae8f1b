// npm run bench:load – the load test of SPEC §16 / issue 8 (figures in docs/PERFORMANCE.md).
//
// Seeds 10,000 vehicles with 200,000 entries into a temporary database, starts the real server
// (createApp, in a child process so its memory is measured alone) and a bare node:http handler
// with the engine's bare driver (better-sqlite3 or pg) doing the public page's lookup, then drives
// both over loopback with autocannon: the public page on each (→ ratio), and a realistic mix at
// rising concurrency (→ saturation point, p50/p99 there, also per request kind). Prints throughput, latency and the
// server's peak RSS.
//
// Knobs (environment): the database as in bench/bench-database.ts (LTC_DATABASE_URL, or
// BENCH_ENGINE=postgres for a throwaway PostgreSQL; SQLite otherwise), BENCH_VEHICLES,
// BENCH_ENTRIES (the size), BENCH_DURATION (seconds per run), BENCH_CONNECTIONS (comma list for
// the mix), BENCH_MIX_ROUNDS (passes over the mix's steps, 3), BENCH_PUBLIC_CONNECTIONS,
// BENCH_CPU_PROF (profile dir), BENCH_EXPLAIN=1 (the query plan of every statement the server
// ran, statements that scan a table without an index flagged),
// BENCH_INSTANCES=2 (PostgreSQL only: that many server processes on the one database, the load
// generator's connections spread round-robin over them; CPU per request summed, RSS the largest).
import { fork, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import autocannon, { type Result } from 'autocannon';
import { loadConfig } from '../server/config.ts';
import { engineOf, migrate, openOrm } from '../server/db/orm.ts';
import { assertEmpty, benchDatabase, cleanUpOnInterrupt } from './bench-database.ts';
import { explainStatements } from './load-explain.ts';
import { DEPLOYMENT_NODE_FLAGS, deploymentEnv, filledCompileCache } from './deployment-flags.ts';
import { benchOperations, type MixItem } from './load-mix.ts';
import { seedLoadDatabase } from './load-seed.ts';

const VEHICLES = Number(process.env.BENCH_VEHICLES ?? 10_000);
const ENTRIES = Number(process.env.BENCH_ENTRIES ?? 200_000);
const DURATION = Number(process.env.BENCH_DURATION ?? 8);
const MIX_CONNECTIONS = (process.env.BENCH_CONNECTIONS ?? '1,2,4,8,16').split(',').map(Number);
const PUBLIC_CONNECTIONS = Number(process.env.BENCH_PUBLIC_CONNECTIONS ?? 8);
const MIX_ROUNDS = Number(process.env.BENCH_MIX_ROUNDS ?? 3);

const EXPLAIN = Boolean(process.env.BENCH_EXPLAIN);
const INSTANCES = Number(process.env.BENCH_INSTANCES ?? 1);
// BENCH_ONLY=<kind>: only that request kind (e.g. "entry creation", or "mix" for the whole mix) at 2 connections, for
// BENCH_DURATION, to profile it with BENCH_CPU_PROF or to compare two builds or node flags run after run.
const ONLY = process.env.BENCH_ONLY;
if (!Number.isInteger(INSTANCES) || INSTANCES < 1) throw new Error('BENCH_INSTANCES must be a whole number ≥ 1');
if (!Number.isInteger(MIX_ROUNDS) || MIX_ROUNDS < 1) throw new Error('BENCH_MIX_ROUNDS must be a whole number ≥ 1');
// Autocannon gives connection i to URL i mod n: counts that are not a multiple of n would load one instance more.
const MIX_STEPS = MIX_CONNECTIONS.filter((connections) => connections % INSTANCES === 0);

const storageDir = mkdtempSync(path.join(tmpdir(), 'ltc-load-'));
const compileCacheDir = filledCompileCache();
const database = await benchDatabase();
const env = {
  ...process.env,
  ...database.env,
  LTC_ENV: 'test',
  LTC_STORAGE_DIR: storageDir,
  LTC_PORT: '0',
  LTC_LOG_LEVEL: 'silent',
  // A load test from one address would otherwise only measure the rate limiter.
  LTC_RATE_PUBLIC_IP_LIMIT: '1000000',
  LTC_RATE_API_TOKEN_LIMIT: '1000000',
};
const config = loadConfig(env);
const children: ChildProcess[] = [];
cleanUpOnInterrupt(cleanUp);
if (INSTANCES > 1 && config.database.engine !== 'postgresql') {
  await cleanUp();
  console.error(`BENCH_INSTANCES=${INSTANCES} needs PostgreSQL (several processes on one SQLite file is not a supported deployment): add BENCH_ENGINE=postgres or LTC_DATABASE_URL=postgres://…`);
  process.exit(64);
}

try {
  const started = performance.now();
  const orm = await openOrm(config.database);
  const engine = engineOf(orm);
  await migrate(orm);
  await assertEmpty(orm);
  const seeded = await seedLoadDatabase(orm, config, { vehicles: VEHICLES, entries: ENTRIES, vehiclesPerOwner: 10, benchOwners: 100, sharedVehicles: Math.min(2_000, VEHICLES) });
  // Fresh statistics for PostgreSQL's planner, as its autovacuum would gather them shortly after
  // a bulk load (SQLite has no such daemon and plans without statistics, as in production).
  if (engine === 'postgresql') await orm.em.getConnection().execute('analyze');
  await orm.close();
  const shares = seeded.shareTokens;
  console.log(`${engine}: seeded ${VEHICLES} vehicles, ${ENTRIES} entries, ${shares.length} public links in ${((performance.now() - started) / 1000).toFixed(1)} s`);

  // The server runs with the process settings of the documented deployment (docs/OPERATIONS.md,
  // systemd unit): its peak RSS is measured as it would run in production.
  const server: Target = [];
  const serverEnv = deploymentEnv(env, compileCacheDir);
  for (let instance = 0; instance < INSTANCES; instance++) server.push(await startChild('bench/load-server.ts', DEPLOYMENT_NODE_FLAGS, serverEnv));
  const bare: Target = [await startChild('bench/load-bare.ts', [])];
  const operations = benchOperations({ owners: seeded.owners, shareTokens: shares });
  if (INSTANCES > 1) console.log(`${INSTANCES} server instances on the one database, connections round-robin over them`);

  // Every request kind must succeed before it is measured, on every instance: a benchmark of errors proves nothing.
  for (const instance of server) for (const item of operations.kinds) await assertAnswers(instance.url, item);
  await assertAnswers(bare[0]!.url, operations.publicPage);
  if (ONLY) {
    const kind = ONLY === 'mix' ? { name: 'mix', requests: operations.mix } : operations.kinds.find((candidate) => candidate.name === ONLY);
    if (!kind) throw new Error(`BENCH_ONLY must be mix or name one of: ${operations.kinds.map((candidate) => candidate.name).join(', ')}`);
    const requests = 'requests' in kind ? kind.requests : [kind];
    await run(server, requests, 2, 2); // warm-up (JIT, caches)
    printRow(kind.name, await run(server, requests, 2, DURATION));
    console.log(`  server peak RSS: ${(peakRss(server[0]!.child) / 1024).toFixed(0)} MB`);
  } else {
    await measureAll(server, bare, operations, engine, shares.length);
  }
} finally {
  await cleanUp();
}

/** Stops the server processes (before their database) and the database, removes the storage folder. */
async function cleanUp(): Promise<void> {
  for (const child of children) child.kill('SIGTERM');
  await Promise.all(children.map((child) => new Promise((resolve) => (child.exitCode === null ? child.once('exit', resolve) : resolve(null)))));
  database.stop();
  rmSync(storageDir, { recursive: true, force: true });
  rmSync(compileCacheDir, { recursive: true, force: true });
}

/** The whole measurement: public page against the bare handler, the mix over the connection steps, each signed-in kind alone, the summary. */
async function measureAll(server: Target, bare: Target, operations: ReturnType<typeof benchOperations>, engine: string, shareCount: number): Promise<void> {
  console.log(`\npublic page, ${PUBLIC_CONNECTIONS} connections, ${DURATION} s each`);
  // Every link once on every instance: each keeps its own cache of the answers.
  for (const instance of server) await autocannon({ url: graphqlUrls([instance]), connections: PUBLIC_CONNECTIONS, amount: shareCount, timeout: 10, requests: [operations.everyPublicPage] });
  await run(server, [operations.publicPage], PUBLIC_CONNECTIONS, 2); // warm-up (JIT, caches)
  await run(bare, [operations.publicPage], PUBLIC_CONNECTIONS, 2);
  const publicServer = await run(server, [operations.publicPage], PUBLIC_CONNECTIONS, DURATION);
  const publicBare = await run(bare, [operations.publicPage], PUBLIC_CONNECTIONS, DURATION);
  const publicAdHoc = await run(server, [operations.publicPageAdHoc], PUBLIC_CONNECTIONS, DURATION);
  const ratio = publicServer.requests.average / publicBare.requests.average;
  const cpuRatio = publicBare.cpuPerRequest / publicServer.cpuPerRequest;
  printRow('server, the web app’s request', publicServer);
  printRow(engine === 'sqlite' ? 'bare node:http + better-sqlite3' : 'bare node:http + pg', publicBare);
  printRow('server, ad-hoc document (via Yoga)', publicAdHoc);
  console.log(`ratio server / bare: ${ratio.toFixed(2)} by throughput (goal ≥ 0.5), ${cpuRatio.toFixed(2)} by CPU time per request`);
  console.log(`  ad-hoc document / bare: ${(publicAdHoc.requests.average / publicBare.requests.average).toFixed(2)} by throughput`);
  const cacheAfterPublic = await publicPageCacheOf(server);

  // The host's speed drifts within minutes, by more than the 10 % the saturation rule below
  // tells apart: every step is measured in each of MIX_ROUNDS passes over the steps, and the
  // pass with its median throughput stands for it (its p99 as measured, not the best one).
  console.log(`\nmix (${operations.mixDescription}), ${DURATION} s per step, ${MIX_ROUNDS} passes over the steps, the median pass shown`);
  const passes: Measured[][] = MIX_STEPS.map(() => []);
  for (let pass = 0; pass < MIX_ROUNDS; pass++) {
    for (const [index, connections] of MIX_STEPS.entries()) passes[index]!.push(await run(server, operations.mix, connections, DURATION));
  }
  const steps = MIX_STEPS.map((connections, index) => ({ connections, result: medianByThroughput(passes[index]!) }));
  for (const [index, step] of steps.entries()) {
    printRow(`${step.connections} connection(s)`, step.result, `passes ${passes[index]!.map((pass) => pass.requests.average.toFixed(0)).join(' / ')} req/s`);
  }
  // What each signed-in kind of the mix costs on its own (the mix's CPU per request is their blend).
  console.log(`\nsigned-in requests alone, 2 connections, ${Math.ceil(DURATION / 2)} s each`);
  for (const kind of operations.signedIn) printRow(kind.name, await run(server, [kind], 2, Math.ceil(DURATION / 2)));

  // Saturation point: the lowest concurrency that reaches 90 % of the best throughput; more
  // connections past it only queue (latency grows, throughput does not).
  const best = Math.max(...steps.map((step) => step.result.requests.average));
  const saturation = steps.find((step) => step.result.requests.average >= 0.9 * best)!;
  const peakRssMb = Math.max(...server.map((instance) => peakRss(instance.child))) / 1024;
  const cacheInMix = subtractCounts(await publicPageCacheOf(server), cacheAfterPublic);

  if (EXPLAIN) await explainStatements(config, await statementsOf(server[0]!.child));

  console.log(`\nsummary (${engine}, ${VEHICLES} vehicles, ${ENTRIES} entries${INSTANCES > 1 ? `, ${INSTANCES} instances` : ''})`);
  console.log(`  mix saturation point: ${saturation.connections} connection(s), ${saturation.result.requests.average.toFixed(0)} req/s`);
  console.log(`  latency there: p50 ${saturation.result.latency.p50} ms, p99 ${saturation.result.latency.p99} ms (goal < 50 ms)`);
  console.log(`  by kind there: ${latencyByKind(saturation.result)}`);
  console.log(`  public page ratio: ${ratio.toFixed(2)} by throughput (goal ≥ 0.5), ${cpuRatio.toFixed(2)} by CPU per request`);
  console.log(`  mix CPU per request there: ${saturation.result.cpuPerRequest.toFixed(2)} ms`);
  console.log(`  public pages in the mix: ${Object.entries(cacheInMix).map(([kind, count]) => `${kind} ${count}`).join(', ')} (a write to a vehicle's page inputs ends its cached answer)`);
  console.log(`  server peak RSS: ${peakRssMb.toFixed(0)} MB${INSTANCES > 1 ? ' (largest instance)' : ''} (goal < 300 MB)`);
  const goals = ratio >= 0.5 && saturation.result.latency.p99 < 50 && peakRssMb < 300;
  console.log(`  goals ${goals ? 'met' : 'NOT met'}   (host load average ${loadavg().map((load) => load.toFixed(1)).join(' ')})`);
  process.exitCode = goals ? 0 : 1;
}

type Child = { child: ChildProcess; url: string };
/** The processes one measurement loads: the server instance(s), or the bare baseline. */
type Target = Child[];
type Measured = Result & { cpuPerRequest: number; latencyByKind: Map<string, number[]> };

function graphqlUrls(target: Target): string[] {
  return target.map((instance) => `${instance.url}/graphql`);
}

async function startChild(script: string, nodeFlags: string[], childEnv: NodeJS.ProcessEnv = env): Promise<Child> {
  // BENCH_CPU_PROF=<dir> writes a V8 CPU profile of each child there (open in Chrome DevTools).
  const profile = process.env.BENCH_CPU_PROF ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_CPU_PROF}`] : [];
  const child = fork(script, [], { env: childEnv, execArgv: [...process.execArgv, ...nodeFlags, ...profile], stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  children.push(child);
  const port = await new Promise<number>((resolve, reject) => {
    child.once('message', (message) => resolve((message as { port: number }).port));
    child.once('exit', (code) => reject(new Error(`${script} exited with ${code}`)));
  });
  return { child, url: `http://127.0.0.1:${port}` };
}

/**
 * One autocannon run (connections round-robin over the target's processes), plus their CPU
 * milliseconds per answered request and each kind's latencies (which kind makes a mix's tail).
 */
async function run(target: Target, requests: MixItem[], connections: number, duration: number): Promise<Measured> {
  const latencies = new Map<string, number[]>(requests.map((item) => [item.name, []]));
  const before = await cpuOf(target);
  const result = await autocannon({ url: graphqlUrls(target), connections, duration, timeout: 10, requests: requests.map((item) => timed(item, latencies.get(item.name)!)) });
  const after = await cpuOf(target);
  return { ...result, cpuPerRequest: (after - before) / Math.max(1, result.requests.total), latencyByKind: latencies };
}

/**
 * The item with its latency recorded: autocannon builds a connection's next request right before
 * it sends it (`setupRequest`) and reports its answer to the same connection's context.
 */
function timed(item: MixItem, latencies: number[]): MixItem {
  type Timed = { sentAt?: number };
  return {
    ...item,
    setupRequest: (request, context) => {
      (context as Timed).sentAt = performance.now();
      return item.setupRequest ? item.setupRequest(request, context) : request;
    },
    onResponse: (_status, _body, context) => {
      const { sentAt } = context as Timed;
      if (sentAt !== undefined) latencies.push(performance.now() - sentAt);
    },
  };
}

/** p50 and p99 of each kind's latencies, e.g. "my vehicles p50 12 / p99 48 ms". */
function latencyByKind(result: Measured): string {
  const percentile = (sorted: number[], share: number) => sorted[Math.min(sorted.length - 1, Math.floor(share * sorted.length))] ?? 0;
  return [...result.latencyByKind]
    .map(([kind, values]) => {
      const sorted = values.toSorted((a, b) => a - b);
      return `${kind} p50 ${percentile(sorted, 0.5).toFixed(0)} / p99 ${percentile(sorted, 0.99).toFixed(0)} ms`;
    })
    .join(', ');
}

/** CPU milliseconds (user + system) the target's processes have used so far. */
async function cpuOf(target: Target): Promise<number> {
  const usages = await Promise.all(
    target.map(
      ({ child }) =>
        new Promise<NodeJS.CpuUsage>((resolve) => {
          child.once('message', (message) => resolve((message as { cpu: NodeJS.CpuUsage }).cpu));
          child.send('cpu');
        }),
    ),
  );
  return usages.reduce((sum, usage) => sum + (usage.user + usage.system) / 1000, 0);
}

/** The server instances' public page cache counters, summed ("hit by shortcut", "hit by resolver", "miss by resolver"). */
async function publicPageCacheOf(target: Target): Promise<Record<string, number>> {
  const counts = await Promise.all(
    target.map(
      ({ child }) =>
        new Promise<Record<string, number>>((resolve) => {
          child.once('message', (message) => resolve((message as { publicPageCache: Record<string, number> }).publicPageCache));
          child.send('publicPageCache');
        }),
    ),
  );
  const total: Record<string, number> = {};
  for (const count of counts) for (const [kind, value] of Object.entries(count)) total[kind] = (total[kind] ?? 0) + value;
  return total;
}

/** The distinct SQL statements the server ran (BENCH_EXPLAIN), one example text each. */
function statementsOf(child: ChildProcess): Promise<string[]> {
  return new Promise((resolve) => {
    child.once('message', (message) => resolve((message as { statements: string[] }).statements));
    child.send('statements');
  });
}

function subtractCounts(after: Record<string, number>, before: Record<string, number>): Record<string, number> {
  return Object.fromEntries(Object.entries(after).map(([kind, count]) => [kind, count - (before[kind] ?? 0)]));
}

async function assertAnswers(url: string, item: MixItem): Promise<void> {
  const request = item.setupRequest ? item.setupRequest({ ...item }, {}) : item;
  const response = await fetch(`${url}${request.path ?? '/graphql'}`, { method: request.method, headers: request.headers, body: request.body });
  const text = await response.text();
  if (response.status !== 200 || text.includes('"errors"')) throw new Error(`${item.name} does not answer cleanly (${response.status}): ${text.slice(0, 300)}`);
}

function printRow(label: string, result: Measured, note?: string): void {
  const failures = result.non2xx + result.errors + result.timeouts;
  console.log(
    `  ${label.padEnd(34)} ${result.requests.average.toFixed(0).padStart(6)} req/s   p50 ${String(result.latency.p50).padStart(4)} ms   p99 ${String(result.latency.p99).padStart(4)} ms   CPU ${result.cpuPerRequest.toFixed(2)} ms/req${failures ? `   failures ${failures}` : ''}${note ? `   (${note})` : ''}`,
  );
}

/** The run with the median throughput (of an even count, the lower of the middle two). */
function medianByThroughput(runs: Measured[]): Measured {
  const sorted = [...runs].sort((a, b) => a.requests.average - b.requests.average);
  return sorted[Math.floor((sorted.length - 1) / 2)]!;
}

/** VmHWM: the peak resident set size of a process in kB (Linux). */
function peakRss(child: ChildProcess): number {
  const status = readFileSync(`/proc/${child.pid}/status`, 'utf8');
  return Number(/^VmHWM:\s+(\d+) kB/m.exec(status)?.[1] ?? 0);
}
