// npm run bench:hostile – hostile input against a production-mode server (issue 12; figures in
// docs/PERFORMANCE.md).
//
// Starts the real server (LTC_ENV=production, the deployment's process settings) in its own process on
// loopback, with a fake SMTP server for login codes, and sends, phase by phase: the worst
// documents of issue 12 items 1, 2, 3 and 9, a fuzz of every string argument of every root
// field (NUL, control characters, bidi override, lone surrogate, 100 000 characters, SQL-ish
// text; anonymous and as a superadmin), slow clients (item 4) and 80 stalled uploads (item 5:
// 10 MiB each without the closing multipart boundary), and 300 distinct 900 KiB documents
// (Yoga's parse cache keeps documents by their text). Meanwhile a worker thread asks /health
// every 25 ms on its own connection, and the server's RSS is sampled. Prints per phase and in total: the worst
// /health delay, peak RSS, HTTP 5xx and INTERNAL_SERVER_ERROR counts, and the refusal reasons.
//
// Everything is bounded: each phase has a time budget (BENCH_PHASE_SECONDS, default 60), every
// request a timeout; the process stops by itself. Each phase runs against a fresh server. Knobs:
// BENCH_PHASE_SECONDS, BENCH_UPLOADS (default 80), BENCH_SLOW_CLIENTS (default 50 of each kind),
// BENCH_SLOW_HOLD_SECONDS (default 20), BENCH_ONLY (comma list of parts of phase names to run).
import { fork, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import net from 'node:net';
import { loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { startFakeSmtp } from '../test/fake-smtp.ts';
import { OPERATOR_ENV } from '../test/operator-env.ts';
import { schema } from '../server/schema.ts';
import { DEPLOYMENT_NODE_FLAGS, deploymentEnv, filledCompileCache } from './deployment-flags.ts';
import { largeDistinctDocument, stringFuzz, worstDocuments, type Actor, type HostileRequest } from './hostile-documents.ts';

const PHASE_SECONDS = Number(process.env.BENCH_PHASE_SECONDS ?? 60);
const UPLOADS = Number(process.env.BENCH_UPLOADS ?? 80);
const UPLOAD_BYTES = 10 * 1024 * 1024;
const SLOW_CLIENTS = Number(process.env.BENCH_SLOW_CLIENTS ?? 50);
const SLOW_HOLD_SECONDS = Number(process.env.BENCH_SLOW_HOLD_SECONDS ?? 20);
const SLOW_REQUEST_TIMEOUT_MS = 15_000;
const ONLY = (process.env.BENCH_ONLY ?? '').split(',').filter(Boolean);
const REQUEST_TIMEOUT_MS = 30_000;
const CONCURRENCY = 4;
const GOALS = { healthMs: 100, rssMb: 300 };
const METRICS_TOKEN = 'bench-hostile-metrics-token';
const SUPERADMIN_EMAIL = 'bench-superadmin@example.org';

interface PhaseStats {
  name: string;
  requests: number;
  answered: number;
  serverErrors: number;
  internalErrors: number;
  networkErrors: number;
  reasons: Map<string, number>;
  worstHealthMs: number;
  /** The server's own worst event-loop delay (from inside its process, so the load generator's CPU use does not count). */
  worstLoopMs: number;
  peakRssKb: number;
  note?: string;
}

const storageDir = mkdtempSync(path.join(tmpdir(), 'ltc-hostile-'));
const compileCacheDir = filledCompileCache();
const smtp = await startFakeSmtp();
const env: NodeJS.ProcessEnv = {
  ...process.env,
  LTC_ENV: 'production',
  LTC_SECRET_KEY: 'bench-hostile-secret-key-0123456789abcdef-not-for-use',
  LTC_PUBLIC_BASE_URL: 'https://bench.example.test',
  LTC_MAIL_HOST: '127.0.0.1',
  LTC_MAIL_PORT: String(smtp.port),
  LTC_STORAGE_DIR: storageDir,
  ...OPERATOR_ENV,
  LTC_PORT: '0',
  LTC_LOG_LEVEL: 'silent',
  LTC_BOOTSTRAP_SUPERADMIN_EMAIL: SUPERADMIN_EMAIL,
  // The bench reads the server's own event-loop delay from /metrics (prom-client's default metrics).
  LTC_METRICS_TOKEN: METRICS_TOKEN,
  // One address sends everything: the limiter would otherwise answer most requests itself,
  // and the documents must reach the paths they attack.
  LTC_RATE_PUBLIC_IP_LIMIT: '1000000',
  LTC_RATE_API_TOKEN_LIMIT: '1000000',
  LTC_RATE_CHALLENGE_IP_LIMIT: '1000',
  LTC_RATE_VERIFY_IP_LIMIT: '1000',
};

interface Server {
  child: ChildProcess;
  url: string;
  port: number;
  /** Why the process ended before the bench stopped it. */
  exit?: string;
}

let server: Server | undefined;
const phases: PhaseStats[] = [];
let current: PhaseStats | undefined;
const samples: string[] = [];

try {
  // Accounts and vehicles first; the sessions stay valid across the restarts below.
  server = await startServer();
  const startRss = rssKb(server.child.pid!);
  const superadmin = await signIn(server.url, SUPERADMIN_EMAIL);
  const owners = await Promise.all(Array.from({ length: 8 }, (_, i) => signIn(server!.url, `bench-owner-${i}@example.org`)));
  const vehicles = await Promise.all(owners.map((owner, i) => createVehicle(server!.url, owner, i)));
  const tokens: Record<Actor, string | undefined> = { anonymous: undefined, superadmin, owner: owners[0] };
  console.log(`production server, RSS at start ${(startRss / 1024).toFixed(0)} MB; ${owners.length} owners with a vehicle, a superadmin`);
  await stopServer(server);

  for (const [name, requests] of Object.entries(worstDocuments())) {
    // Each worst document several times, a few at once: what one attacker can keep sending.
    await phase(name, (url) => sendAll(url, tokens, requests.flatMap((request) => Array.from({ length: 5 }, () => request))));
  }
  await phase('300 distinct 900 KiB documents (parse cache)', (url) => sendAll(url, tokens, { length: 300, at: largeDistinctDocument }));
  const fuzz = stringFuzz(schema);
  await phase(`string fuzz (${fuzz.positions} positions × 6 payloads × 2 actors)`, (url) =>
    // A mutation may end the superadmin's session (e.g. an account deletion): sign in again.
    sendAll(url, tokens, fuzz.requests, async () => {
      if (!(await isSignedIn(url, tokens.superadmin!))) tokens.superadmin = await signIn(url, SUPERADMIN_EMAIL);
    }),
  );
  // A body that trickles in is bounded by the whole-request time (120 s by default); this phase
  // shortens it so that bound, too, falls inside the hold window. Headers keep their 10 s default.
  env.LTC_HTTP_REQUEST_TIMEOUT_MS = String(SLOW_REQUEST_TIMEOUT_MS);
  await phase(`slow clients (4): ${SLOW_CLIENTS} unfinished headers + ${SLOW_CLIENTS} trickling bodies, request bound ${SLOW_REQUEST_TIMEOUT_MS / 1000} s`, (_url, port) => slowClients(port));
  delete env.LTC_HTTP_REQUEST_TIMEOUT_MS;
  await phase(`stalled uploads (5): ${UPLOADS} × 10 MiB without the closing boundary`, (_url, port) => stalledUploads(port, owners, vehicles));
  printReport();
} finally {
  if (server) await stopServer(server);
  await smtp.close();
  rmSync(storageDir, { recursive: true, force: true });
  rmSync(compileCacheDir, { recursive: true, force: true });
}

/** The real server in a process of its own, with the deployment's process settings. */
async function startServer(): Promise<Server> {
  // BENCH_CPU_PROF=<dir> writes a V8 CPU profile of each server there (open in Chrome DevTools).
  const profile = process.env.BENCH_CPU_PROF ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_CPU_PROF}`] : [];
  const child = fork('bench/load-server.ts', [], { env: deploymentEnv(env, compileCacheDir), execArgv: [...process.execArgv, ...DEPLOYMENT_NODE_FLAGS, ...profile], stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  const port = await new Promise<number>((resolve, reject) => {
    child.once('message', (message) => resolve((message as { port: number }).port));
    child.once('exit', (code) => reject(new Error(`the server exited with ${code}`)));
  });
  const started: Server = { child, port, url: `http://127.0.0.1:${port}` };
  child.on('exit', (code, signal) => (started.exit ??= `exited with ${code ?? signal}`));
  return started;
}

/** SIGTERM as systemd sends it; SIGKILL when the server has not stopped 5 s later. Returns a note if it had to. */
async function stopServer(running: Server): Promise<string | undefined> {
  if (running.exit) return undefined;
  running.exit = 'stopped by the bench';
  const exited = new Promise((resolve) => running.child.once('exit', resolve));
  running.child.kill('SIGTERM');
  if (await Promise.race([exited.then(() => true), sleep(5_000).then(() => false)])) return undefined;
  running.child.kill('SIGKILL');
  await exited;
  return 'ignored SIGTERM for 5 s, killed';
}

/**
 * One phase against a fresh server (a stall or a crash in one phase must not spoil the next):
 * /health and RSS are watched while `run` attacks it.
 */
async function phase(name: string, run: (url: string, port: number) => Promise<string | void>): Promise<void> {
  if (ONLY.length && !ONLY.some((part) => name.includes(part))) return;
  server = await startServer();
  // Warm up (JIT, schema, first connection): the figures are about the attack, not a cold start.
  for (let i = 0; i < 20; i++) await gql(server.url, '{ __typename articles(kind: blog, first: 1) { __typename } }', {});
  const stats: PhaseStats = { name, requests: 0, answered: 0, serverErrors: 0, internalErrors: 0, networkErrors: 0, reasons: new Map(), worstHealthMs: 0, worstLoopMs: 0, peakRssKb: 0 };
  current = stats;
  phases.push(stats);
  await eventLoopDelayMs(server.url); // reading resets the server's histogram: the phase starts at 0
  const monitor = await startMonitor(server);
  const started = performance.now();
  const note = await run(server.url, server.port);
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  await monitor.stop();
  if (!server.exit) stats.worstLoopMs = await eventLoopDelayMs(server.url);
  const died = server.exit;
  stats.peakRssKb = Math.max(stats.peakRssKb, died ? 0 : peakRss(server.child.pid!));
  const stopped = await stopServer(server);
  stats.note = [note, died && `the server ${died}`, stopped, `${seconds} s`].filter(Boolean).join('; ');
  console.log(`  done: ${name} (${stats.note})`);
  current = undefined;
}

/** Sends the requests (an array, or made one by one), CONCURRENCY at a time, until done or the phase budget is spent. */
async function sendAll(
  url: string,
  tokens: Record<Actor, string | undefined>,
  requests: HostileRequest[] | { length: number; at(index: number): HostileRequest },
  beforeEach?: () => Promise<void>,
): Promise<string | void> {
  const deadline = performance.now() + PHASE_SECONDS * 1000;
  let next = 0;
  const worker = async () => {
    while (next < requests.length && performance.now() < deadline && !server?.exit) {
      const request = requests.at(next++)!;
      if (beforeEach && request.actor === 'superadmin') {
        try {
          await beforeEach();
        } catch (error) {
          current!.networkErrors++;
          sample(`${current!.name} / session check before ${request.label}: ${(error as Error).message}`);
        }
      }
      await send(url, request, tokens[request.actor]);
    }
  };
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
  if (next < requests.length) return `stopped after ${next} of ${requests.length} requests: ${server?.exit ? 'the server is gone' : 'phase budget spent'}`;
}

async function send(url: string, request: HostileRequest, token: string | undefined): Promise<void> {
  const stats = current!;
  stats.requests++;
  try {
    const response = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: request.rawBody ?? JSON.stringify(request.body),
      signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
    });
    const text = await response.text();
    stats.answered++;
    if (response.status >= 500) {
      stats.serverErrors++;
      sample(`${stats.name} / ${request.label}: HTTP ${response.status} ${text.slice(0, 200)}`);
    }
    let errors: { message?: string; extensions?: { code?: string; reason?: string } }[] = [];
    try {
      errors = (JSON.parse(text) as { errors?: typeof errors }).errors ?? [];
    } catch {
      // Not JSON (e.g. a plain 413): counted by status above.
    }
    for (const error of errors) {
      const code = error.extensions?.code ?? 'none';
      if (code === 'INTERNAL_SERVER_ERROR') {
        stats.internalErrors++;
        sample(`${stats.name} / ${request.label} (${request.actor}): INTERNAL_SERVER_ERROR`);
      }
      const key = `${code}/${error.extensions?.reason ?? '-'}`;
      stats.reasons.set(key, (stats.reasons.get(key) ?? 0) + 1);
    }
    if (errors.length === 0) stats.reasons.set(`answered (HTTP ${response.status})`, (stats.reasons.get(`answered (HTTP ${response.status})`) ?? 0) + 1);
  } catch (error) {
    stats.networkErrors++;
    sample(`${stats.name} / ${request.label}: ${(error as Error).name} ${(error as Error).message}`);
  }
}

function sample(line: string): void {
  if (samples.length < 20) samples.push(line);
}

/** Holds connections that never finish their headers or body; counts those the server closes. */
async function slowClients(port: number): Promise<string> {
  const sockets: net.Socket[] = [];
  let closedByServer = 0;
  let dropping = false;
  const open = (first: string, drip: string) => {
    const socket = net.connect(port, '127.0.0.1');
    const timer = setInterval(() => socket.write(drip), 2_000);
    socket.on('error', () => {});
    socket.on('data', () => {});
    socket.on('close', () => {
      clearInterval(timer);
      if (!dropping) closedByServer++;
    });
    socket.write(first);
    sockets.push(socket);
  };
  for (let i = 0; i < SLOW_CLIENTS; i++) open('POST /graphql HTTP/1.1\r\nHost: bench\r\nX-Slow: ', 'a');
  for (let i = 0; i < SLOW_CLIENTS; i++) open('POST /graphql HTTP/1.1\r\nHost: bench\r\nContent-Type: application/json\r\nContent-Length: 100000\r\n\r\n{"query":"', ' ');
  current!.requests += sockets.length;
  await sleep(SLOW_HOLD_SECONDS * 1000);
  dropping = true;
  for (const socket of sockets) socket.destroy();
  return `${closedByServer} of ${sockets.length} closed by the server within ${SLOW_HOLD_SECONDS} s`;
}

/**
 * Opens UPLOADS multipart uploads (spread over the owners), sends 10 MiB of file each and never
 * the closing boundary, holds them 5 s after the last byte, then drops them.
 */
async function stalledUploads(port: number, owners: string[], vehicles: string[]): Promise<string> {
  const boundary = 'benchboundary';
  const chunk = Buffer.alloc(256 * 1024, 0x41);
  let refusedEarly = 0;
  let fullySent = 0;
  const sockets: net.Socket[] = [];
  const one = (i: number) =>
    new Promise<void>((resolve) => {
      const owner = i % owners.length;
      const operations = JSON.stringify({ query: 'mutation($f: Upload!, $v: ID!) { uploadDocument(vehicleId: $v, file: $f) { id } }', variables: { f: null, v: vehicles[owner] } });
      const head =
        `--${boundary}\r\nContent-Disposition: form-data; name="operations"\r\n\r\n${operations}\r\n` +
        `--${boundary}\r\nContent-Disposition: form-data; name="map"\r\n\r\n{"0":["variables.f"]}\r\n` +
        `--${boundary}\r\nContent-Disposition: form-data; name="0"; filename="bench-${i}.pdf"\r\nContent-Type: application/pdf\r\n\r\n`;
      const closing = `\r\n--${boundary}--\r\n`;
      const length = Buffer.byteLength(head) + UPLOAD_BYTES + closing.length;
      const socket = net.connect(port, '127.0.0.1');
      sockets.push(socket);
      let answered = false;
      socket.on('error', () => resolve());
      socket.on('data', () => {
        if (!answered) refusedEarly++;
        answered = true;
      });
      socket.on('close', () => resolve());
      socket.write(
        `POST /graphql HTTP/1.1\r\nHost: bench\r\nAuthorization: Bearer ${owners[owner]}\r\nX-LTC-CSRF: 1\r\n` +
          `Content-Type: multipart/form-data; boundary=${boundary}\r\nContent-Length: ${length}\r\n\r\n${head}`,
      );
      let sent = 0;
      const pump = () => {
        while (sent < UPLOAD_BYTES && !socket.destroyed && !answered) {
          const piece = chunk.subarray(0, Math.min(chunk.length, UPLOAD_BYTES - sent));
          sent += piece.length;
          if (!socket.write(piece)) return void socket.once('drain', pump);
        }
        if (sent >= UPLOAD_BYTES) fullySent++;
        resolve();
      };
      pump();
    });
  current!.requests += UPLOADS;
  const deadline = sleep(PHASE_SECONDS * 1000);
  await Promise.race([Promise.all(Array.from({ length: UPLOADS }, (_, i) => one(i))), deadline]);
  await sleep(5_000);
  const rssHeld = rssKb(server!.child.pid!);
  for (const socket of sockets) socket.destroy();
  await sleep(2_000);
  const rssAfter = rssKb(server!.child.pid!);
  return `${fullySent} sent all 10 MiB, ${refusedEarly} answered early; RSS while held ${(rssHeld / 1024).toFixed(0)} MB, 2 s after dropping them ${(rssAfter / 1024).toFixed(0)} MB`;
}

/**
 * /health every 25 ms from a worker thread (bench/hostile-probe.ts), and the server's RSS every 50 ms.
 * Resolves once the probe has its answer on its own connection: it must be open before the attack
 * starts, or the first figure is that connection waiting in the accept queue behind the attack's.
 */
async function startMonitor(watched: Server): Promise<{ stop(): Promise<void> }> {
  const probe = new Worker(new URL('./hostile-probe.ts', import.meta.url), { workerData: { url: watched.url, timeoutMs: REQUEST_TIMEOUT_MS } });
  const connected = new Promise((resolve) => probe.once('message', resolve));
  probe.on('message', ({ delayMs }: { delayMs: number }) => {
    if (current) current.worstHealthMs = Math.max(current.worstHealthMs, delayMs);
  });
  await connected;
  const sampler = setInterval(() => {
    if (current && !watched.exit) current.peakRssKb = Math.max(current.peakRssKb, rssKb(watched.child.pid!));
  }, 50);
  return {
    async stop() {
      clearInterval(sampler);
      const exited = new Promise((resolve) => probe.once('exit', resolve));
      probe.postMessage('stop');
      await exited;
    },
  };
}

/** prom-client's `nodejs_eventloop_lag_max_seconds` since the last read, in ms (0 when unreadable). */
async function eventLoopDelayMs(url: string): Promise<number> {
  try {
    const response = await fetch(`${url}/metrics`, { headers: { authorization: `Bearer ${METRICS_TOKEN}` }, signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS) });
    const max = /^ltc_nodejs_eventloop_lag_max_seconds (\S+)$/m.exec(await response.text())?.[1];
    return max ? Number(max) * 1000 : 0;
  } catch {
    return 0;
  }
}

function printReport(): void {
  const peakRssKb = Math.max(...phases.map((p) => p.peakRssKb));
  const worstHealth = Math.max(...phases.map((p) => p.worstHealthMs));
  const worstLoop = Math.max(...phases.map((p) => p.worstLoopMs));
  const serverErrors = phases.reduce((sum, p) => sum + p.serverErrors, 0);
  const internalErrors = phases.reduce((sum, p) => sum + p.internalErrors, 0);
  console.log('\nphase                                                          requests  worst /health  loop delay  peak RSS   5xx  internal  network');
  for (const p of phases) {
    console.log(
      `  ${p.name.padEnd(60)} ${String(p.requests).padStart(7)} ${p.worstHealthMs.toFixed(0).padStart(10)} ms ${p.worstLoopMs.toFixed(0).padStart(8)} ms ${(p.peakRssKb / 1024).toFixed(0).padStart(6)} MB ${String(p.serverErrors).padStart(5)} ${String(p.internalErrors).padStart(9)} ${String(p.networkErrors).padStart(8)}`,
    );
    const reasons = [...p.reasons].sort((a, b) => b[1] - a[1]).map(([reason, count]) => `${reason} ${count}`);
    if (reasons.length) console.log(`      answers: ${reasons.join(', ')}`);
    if (p.note) console.log(`      ${p.note}`);
  }
  if (samples.length) console.log(`\nfirst failures:\n  ${samples.join('\n  ')}`);
  console.log('\nsummary');
  console.log(`  worst /health delay: ${worstHealth.toFixed(0)} ms (goal < ${GOALS.healthMs} ms)`);
  console.log(`  worst event-loop delay inside the server: ${worstLoop.toFixed(0)} ms`);
  console.log(`  server peak RSS: ${(peakRssKb / 1024).toFixed(0)} MB (goal < ${GOALS.rssMb} MB)`);
  const died = phases.filter((p) => p.note?.includes('the server exited'));
  console.log(`  HTTP 5xx: ${serverErrors}, INTERNAL_SERVER_ERROR: ${internalErrors} (goal 0)${died.length ? `; the server died in ${died.map((p) => p.name).join(', ')}` : ''}`);
  const met = worstHealth < GOALS.healthMs && peakRssKb / 1024 < GOALS.rssMb && serverErrors === 0 && internalErrors === 0 && died.length === 0;
  console.log(`  goals ${met ? 'met' : 'NOT met'}   (host load average ${loadavg().map((load) => load.toFixed(1)).join(' ')})`);
  process.exitCode = met ? 0 : 1;
}

async function gql(url: string, query: string, variables: Record<string, unknown>, token?: string): Promise<any> {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
    signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
  });
  return response.json();
}

/** The real login flow (code from the fake SMTP server), then the current consents. */
async function signIn(url: string, email: string): Promise<string> {
  const requested = await gql(url, 'mutation($email: String!) { requestLoginCode(email: $email) { challengeId } }', { email });
  const challengeId = requested.data?.requestLoginCode.challengeId;
  const mail = smtp.mails.filter((m) => m.to.includes(email)).at(-1);
  const code = mail && /Anmeldecode lautet: (\d{6})/.exec(mail.text)?.[1];
  if (!challengeId || !code) throw new Error(`login of ${email} failed: ${JSON.stringify(requested)}`);
  const verified = await gql(url, 'mutation($id: ID!, $code: String!) { verifyLoginCode(challengeId: $id, code: $code) { token } }', { id: challengeId, code });
  const token = verified.data?.verifyLoginCode.token as string | undefined;
  if (!token) throw new Error(`login of ${email} failed: ${JSON.stringify(verified)}`);
  await gql(url, 'mutation { acceptConsents(termsVersion: "v1", privacyVersion: "v1", source: ui) { complete } }', {}, token);
  return token;
}

async function isSignedIn(url: string, token: string): Promise<boolean> {
  return Boolean((await gql(url, '{ me { id } }', {}, token)).data?.me);
}

async function createVehicle(url: string, token: string, i: number): Promise<string> {
  const created = await gql(url, 'mutation($input: CreateVehicleInput!) { createVehicle(input: $input) { id } }', { input: { make: 'Bench', model: `Hostile ${i}`, vin: `WVWZZZ1JZXW00${String(1000 + i)}` } }, token);
  const id = created.data?.createVehicle.id as string | undefined;
  if (!id) throw new Error(`createVehicle failed: ${JSON.stringify(created)}`);
  return id;
}

function rssKb(pid: number): number {
  return statusField(pid, 'VmRSS');
}

/** VmHWM: the peak resident set size of the process. */
function peakRss(pid: number): number {
  return statusField(pid, 'VmHWM');
}

function statusField(pid: number, field: string): number {
  try {
    return Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0);
  } catch {
    return 0;
  }
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
