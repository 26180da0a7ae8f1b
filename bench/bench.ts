// Usage: npm run bench
// Seeds N vehicles with entries into a temporary database and measures, on loopback only:
// - "my vehicles with latest entries and trust summary" and "my vehicles with due items" (service
//   plan, SPEC §20) at N = 10 and N = 100: SQL statements per request and median latency
//   (sequential requests);
// - the public QR query's throughput next to a bare node:http handler with the engine's bare
//   driver (better-sqlite3 or pg) doing the same lookup in the same run (ratio).
// The database as in bench/bench-database.ts: LTC_DATABASE_URL, or BENCH_ENGINE=postgres for a
// throwaway PostgreSQL; SQLite otherwise. Loops are bounded (fixed request counts). Prints a
// Markdown table for docs/PERFORMANCE.md.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import autocannon from 'autocannon';
import { createApp } from '../server/app.ts';
import { loadConfig } from '../server/config.ts';
import { engineOf } from '../server/db/orm.ts';
import { sqlStatementCount } from '../server/db/statement-counter.ts';
import { Document } from '../server/documents/document.entity.ts';
import { EntryDocument } from '../server/entries/entry-document.entity.ts';
import { ServiceEntry } from '../server/entries/service-entry.entity.ts';
import { createSession } from '../server/identity/sessions.ts';
import { enablePublicShare } from '../server/sharing/sharing.service.ts';
import { createRequestScope } from '../server/request-scope.ts';
import { demoVin, ensureUser, ensureVehicle } from '../scripts/demo-data.ts';
import { MY_VEHICLES_WITH_DUE_ITEMS, MY_VEHICLES_WITH_TRUST } from '../test/vehicle-fixtures.ts';
import { startBareHandler } from './bare-public-handler.ts';
import { assertEmpty, benchDatabase, cleanUpOnInterrupt } from './bench-database.ts';

const SIZES = [10, 100];
const ENTRIES_PER_VEHICLE = 5;
const LATENCY_SAMPLES = 25;
const PUBLIC_REQUESTS = 4000;
const ROUNDS = 4;
const CONNECTIONS = 10;

const storageDir = mkdtempSync(path.join(tmpdir(), 'ltc-bench-'));
const database = await benchDatabase();
const config = loadConfig({
  ...database.env,
  LTC_ENV: 'test',
  LTC_STORAGE_DIR: storageDir,
  LTC_PORT: '0',
  LTC_LOG_LEVEL: 'silent',
  LTC_RATE_PUBLIC_IP_LIMIT: '1000000',
});
const app = await createApp(config);
cleanUpOnInterrupt(cleanUp);
const port = await app.listen();
const graphqlUrl = `http://127.0.0.1:${port}/graphql`;
const { services } = app;
const engine = engineOf(services.orm);

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
};

/** A dealer (no vehicle limit) with `count` vehicles, each with entries and one linked valid document. */
async function seedOwner(count: number, vinOffset: number) {
  const em = services.orm.em.fork();
  const { user } = await ensureUser(services, em, `bench-${count}@bench.invalid`, 'dealer');
  let firstVehicle = '';
  for (let i = 0; i < count; i++) {
    const { vehicleId } = await ensureVehicle(services, em, user, {
      vin: demoVin(vinOffset + i),
      make: 'Bench',
      model: `Modell ${i}`,
      buildYear: 2010,
      vehicleClass: 'Alltag',
      accidentStatus: 'unfallfrei',
      physicalServiceBook: i % 2 === 0,
      entries: ENTRIES_PER_VEHICLE,
    });
    firstVehicle ||= vehicleId;
    const latest = await em.findOneOrFail(ServiceEntry, { vehicle: vehicleId, isLatest: true }, { orderBy: { date: 'desc' } });
    const document = em.create(Document, {
      vehicle: vehicleId,
      uploadedBy: user.id,
      storageKey: null,
      filename: 'rechnung.pdf',
      contentType: 'application/pdf',
      sizeBytes: 1000,
      sha256: 'a'.repeat(64),
      approvalStatus: 'APPROVED',
      scanStatus: 'CLEAN',
      piiStatus: 'OK',
    });
    em.create(EntryDocument, { entry: latest.id, document: document.id });
    await em.flush();
  }
  const { token } = await createSession(em, services.keyring, user);
  return { token, user, firstVehicle };
}

async function myVehicles(token: string, first: number, query = MY_VEHICLES_WITH_TRUST) {
  const response = await fetch(graphqlUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query, variables: { first } }),
  });
  const body = (await response.json()) as { data?: { myVehicles: { edges: unknown[] } }; errors?: unknown };
  if (!body.data || body.errors) throw new Error(`myVehicles failed: ${JSON.stringify(body.errors)}`);
  return body.data.myVehicles.edges.length;
}

try {
  await assertEmpty(services.orm);
  const rows: { size: number; statements: number; row: string }[] = [];
  const dueRows: typeof rows = [];
  let shareToken = '';
  for (const [index, size] of SIZES.entries()) {
    const owner = await seedOwner(size, (index + 1) * 100_000);
    for (const [query, table] of [[MY_VEHICLES_WITH_TRUST, rows], [MY_VEHICLES_WITH_DUE_ITEMS, dueRows]] as const) {
      // Warm-up. The first request may hit a keep-alive connection the server closed while seeding.
      await myVehicles(owner.token, size, query).catch(() => myVehicles(owner.token, size, query));
      for (let i = 0; i < 2; i++) await myVehicles(owner.token, size, query);
      const before = sqlStatementCount(services.orm);
      const listed = await myVehicles(owner.token, size, query);
      const statements = sqlStatementCount(services.orm) - before;
      if (listed !== size) throw new Error(`expected ${size} vehicles, got ${listed}`);
      const latencies: number[] = [];
      for (let i = 0; i < LATENCY_SAMPLES; i++) {
        const started = performance.now();
        await myVehicles(owner.token, size, query);
        latencies.push(performance.now() - started);
      }
      table.push({ size, statements, row: `| ${size} | ${ENTRIES_PER_VEHICLE} | ${statements} | ${median(latencies).toFixed(1)} ms |` });
    }
    if (!shareToken) {
      const actor = { userId: owner.user.id, role: owner.user.role, via: 'session' as const, consentComplete: true };
      const link = await enablePublicShare(createRequestScope(services, { actor }), 'own', owner.firstVehicle);
      shareToken = link.url.split('/q/')[1]!;
    }
  }

  // Batched loading: the statements of a list must not grow with the number of vehicles.
  for (const table of [rows, dueRows]) {
    if (new Set(table.map(({ statements }) => statements)).size !== 1) throw new Error(`statements grow with N: ${table.map(({ size, statements }) => `${size}: ${statements}`).join(', ')}`);
  }

  const publicBody = JSON.stringify({
    query: 'query($token: String!) { publicVehicle(token: $token) { light hint historyStatus evidenceStatus verificationLevel accidentStatus accidentStatusLabel vehicleClass make model buildYear disclaimer } }',
    variables: { token: shareToken },
  });
  const bare = await startBareHandler(config, services.keyring);
  // Wall time measured here: autocannon reports whole seconds, and a round may take less than one.
  const load = async (url: string, amount: number) => {
    const started = performance.now();
    const result = await autocannon({ url, method: 'POST', headers: { 'content-type': 'application/json' }, body: publicBody, connections: CONNECTIONS, amount, workers: 1 });
    return { ...result, seconds: (performance.now() - started) / 1000 };
  };
  // Same answer from both, checked once before measuring.
  const [viaGraphql, viaBare] = await Promise.all(
    [graphqlUrl, bare.url].map(async (url) => (await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: publicBody })).json()),
  );
  if (JSON.stringify(viaGraphql) !== JSON.stringify(viaBare)) throw new Error(`answers differ: ${JSON.stringify(viaGraphql)} vs ${JSON.stringify(viaBare)}`);
  await load(graphqlUrl, PUBLIC_REQUESTS / ROUNDS); // warm-up
  // Alternating rounds, so a change in machine load hits both servers alike.
  const graphqlRuns = [];
  const bareRuns = [];
  for (let round = 0; round < ROUNDS; round++) {
    graphqlRuns.push(await load(graphqlUrl, PUBLIC_REQUESTS / ROUNDS));
    bareRuns.push(await load(bare.url, PUBLIC_REQUESTS / ROUNDS));
  }
  await bare.close();
  const combine = (runs: Awaited<ReturnType<typeof load>>[]) => ({
    rps: runs.reduce((sum, run) => sum + run.requests.total, 0) / runs.reduce((sum, run) => sum + run.seconds, 0),
    p50: median(runs.map((run) => run.latency.p50)),
    p99: Math.max(...runs.map((run) => run.latency.p99)),
    failures: runs.reduce((sum, run) => sum + run.errors + run.non2xx + run.timeouts, 0),
  });
  const graphqlRun = combine(graphqlRuns);
  const bareRun = combine(bareRuns);
  for (const [name, run] of [['graphql', graphqlRun], ['bare', bareRun]] as const) {
    if (run.failures > 0) throw new Error(`${name}: ${run.failures} failed requests`);
  }

  console.log(`\n${engine}: my vehicles with latest entries and trust summary (sequential, ${LATENCY_SAMPLES} samples)\n`);
  console.log('| vehicles | entries each | SQL statements per request | median latency |');
  console.log('|---:|---:|---:|---:|');
  for (const { row } of rows) console.log(row);
  console.log(`\n${engine}: my vehicles with due items (service plan with due status and next due; sequential, ${LATENCY_SAMPLES} samples)\n`);
  console.log('| vehicles | entries each | SQL statements per request | median latency |');
  console.log('|---:|---:|---:|---:|');
  for (const { row } of dueRows) console.log(row);
  console.log(`\npublic QR query over loopback (${PUBLIC_REQUESTS} requests per server in ${ROUNDS} alternating rounds, ${CONNECTIONS} connections)\n`);
  console.log('| server | requests/s | p50 latency | p99 latency |');
  console.log('|---|---:|---:|---:|');
  console.log(`| GraphQL (Yoga + Pothos + MikroORM) | ${graphqlRun.rps.toFixed(0)} | ${graphqlRun.p50} ms | ${graphqlRun.p99} ms |`);
  console.log(`| ${bare.label} | ${bareRun.rps.toFixed(0)} | ${bareRun.p50} ms | ${bareRun.p99} ms |`);
  console.log(`\nratio GraphQL / bare: ${(graphqlRun.rps / bareRun.rps).toFixed(2)}`);
} finally {
  await cleanUp();
}

async function cleanUp(): Promise<void> {
  await app.close();
  database.stop();
  rmSync(storageDir, { recursive: true, force: true });
}
