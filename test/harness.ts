import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { CreateBucketCommand, S3Client } from '@aws-sdk/client-s3';
import { inject } from 'vitest';
import { createApp, type App } from '../server/app.ts';
import { loadConfig, type DatabaseTarget } from '../server/config.ts';
import { migrate, openOrm, type Orm } from '../server/db/orm.ts';
import { sqlStatementCount } from '../server/db/statement-counter.ts';
import { normaliseEmail } from '../server/identity/email.ts';
import type { Role } from '../server/identity/roles.ts';
import { User } from '../server/identity/user.entity.ts';
import { postgresBinaries } from './postgres.ts';
import { S3RVER_CREDENTIALS } from './s3.ts';

export interface GraphQLResponse<T = any> {
  status: number;
  headers: Headers;
  data?: T;
  errors?: { message: string; path?: string[]; extensions?: { code?: string; reason?: string; [key: string]: unknown } }[];
}

export interface RequestOptions {
  token?: string;
  headers?: Record<string, string>;
}

/** The engine of this test run: `npm test` runs once on SQLite and once with LTC_TEST_ENGINE=postgres. */
export const testEngine: DatabaseTarget['engine'] = process.env.LTC_TEST_ENGINE === 'postgres' ? 'postgresql' : 'sqlite';

/**
 * A new, empty database on the run's engine: a SQLite file in `dir`, or a database of its own in
 * the run's PostgreSQL (test/postgres-setup.ts), created by the ORM when it first connects.
 */
export function testDatabase(dir: string): DatabaseTarget {
  if (testEngine === 'sqlite') return { engine: 'sqlite', path: path.join(dir, 'lifetimecircle.sqlite') };
  return { engine: 'postgresql', url: newPostgresDatabaseUrl() };
}

const newPostgresDatabaseUrl = () => `${inject('postgresUrl')}/ltc_${randomBytes(8).toString('hex')}`;

/**
 * Where this run's test servers keep documents: the storage folder, or with LTC_TEST_STORAGE=s3 a
 * bucket of their own in the run's S3 server (test/s3-setup.ts). `npm test` runs SQLite with the
 * folder and PostgreSQL with S3, the scale-out configuration.
 */
export const testStorage: 'filesystem' | 's3' = process.env.LTC_TEST_STORAGE === 's3' ? 's3' : 'filesystem';

/** A new, empty bucket in the run's S3 server, as the environment that makes a server use it. */
export async function newBucketEnv(): Promise<Record<string, string>> {
  const bucket = `ltc-${randomBytes(8).toString('hex')}`;
  const endpoint = inject('s3Endpoint');
  const client = new S3Client({ endpoint, region: 'us-east-1', forcePathStyle: true, credentials: S3RVER_CREDENTIALS });
  await client.send(new CreateBucketCommand({ Bucket: bucket }));
  client.destroy();
  return {
    LTC_STORAGE_BACKEND: 's3',
    LTC_S3_ENDPOINT: endpoint,
    LTC_S3_BUCKET: bucket,
    LTC_S3_REGION: 'us-east-1',
    LTC_S3_ACCESS_KEY_ID: S3RVER_CREDENTIALS.accessKeyId,
    LTC_S3_SECRET_ACCESS_KEY: S3RVER_CREDENTIALS.secretAccessKey,
    LTC_S3_FORCE_PATH_STYLE: 'true',
  };
}

/** The LTC_STORAGE_BACKEND/LTC_S3_* settings of this server's document store, for a child process or a new server on the same data. */
export function storageEnv(server: TestServer): Record<string, string> {
  const storage = server.app.services.config.documentStorage;
  if (storage.backend !== 's3') return {};
  return {
    LTC_STORAGE_BACKEND: 's3',
    LTC_S3_ENDPOINT: storage.endpoint ?? '',
    LTC_S3_BUCKET: storage.bucket,
    LTC_S3_REGION: storage.region,
    LTC_S3_ACCESS_KEY_ID: storage.credentials?.accessKeyId ?? '',
    LTC_S3_SECRET_ACCESS_KEY: storage.credentials?.secretAccessKey ?? '',
    LTC_S3_FORCE_PATH_STYLE: String(storage.forcePathStyle),
  };
}

/** Drops a test database again (PostgreSQL; a SQLite file goes with its folder). */
export async function dropTestDatabase(database: DatabaseTarget): Promise<void> {
  if (database.engine !== 'postgresql') return;
  const url = new URL(database.url);
  const name = url.pathname.slice(1);
  url.pathname = '/postgres';
  await promisify(execFile)(path.join(postgresBinaries(), 'dropdb'), ['--force', '--if-exists', `--maintenance-db=${url.href}`, name]);
}

/**
 * Two ORMs (two connection pools, as two instances have) on one new, migrated database of the
 * run's engine, for tests of what instances share without starting servers.
 */
export async function twoOrmsOnOneDatabase(): Promise<{ orms: [Orm, Orm]; close(): Promise<void> }> {
  const dir = mkdtempSync(path.join(tmpdir(), 'ltc-two-orms-'));
  const database = testDatabase(dir);
  const first = await openOrm(database);
  await migrate(first);
  const orms: [Orm, Orm] = [first, await openOrm(database)];
  return {
    orms,
    async close() {
      for (const orm of orms) await orm.close();
      await dropTestDatabase(database);
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** LTC_DATABASE_URL naming this server's database, for a child process (CLI, server) or a new server on the same data. */
export function databaseEnv(server: TestServer): { LTC_DATABASE_URL: string } {
  const { database } = server.app.services.config;
  return { LTC_DATABASE_URL: database.engine === 'sqlite' ? database.path : database.url };
}

/**
 * Every row of every table of the server's database, as JSON text per table name: what a secret
 * must be absent from (the audit trail included).
 */
export async function rowsOfEveryTable(server: TestServer): Promise<Map<string, string>> {
  const connection = server.app.services.orm.em.fork().getConnection();
  const catalogue =
    server.app.services.config.database.engine === 'sqlite'
      ? "select name from sqlite_master where type = 'table'"
      : "select table_name as name from information_schema.tables where table_schema = current_schema() and table_type = 'BASE TABLE'";
  const tables = (await connection.execute<{ name: string }[]>(catalogue)).map((row) => row.name);
  const rows = new Map<string, string>();
  for (const table of tables) rows.set(table, JSON.stringify(await connection.execute(`select * from "${table}"`)));
  return rows;
}

/**
 * Everything the server's database holds at rest, as text to scan for secrets: the SQLite file and
 * its WAL (checkpointed first; freed pages included), or a full pg_dump of the PostgreSQL database
 * (every table, sequence and function), from the binaries that run the test cluster.
 */
export async function databaseAtRest(server: TestServer): Promise<string> {
  const { database } = server.app.services.config;
  if (database.engine === 'postgresql') {
    const dump = await promisify(execFile)(path.join(postgresBinaries(), 'pg_dump'), ['--dbname', database.url], { maxBuffer: 256 * 1024 * 1024 });
    return dump.stdout;
  }
  await server.app.services.orm.em.fork().getConnection().execute('pragma wal_checkpoint(FULL)');
  return [database.path, `${database.path}-wal`].map((file) => (existsSync(file) ? readFileSync(file, 'latin1') : '')).join('\n');
}

/** A real server on loopback with its own database (SQLite file or PostgreSQL database), storage folder and, with LTC_TEST_STORAGE=s3, bucket. */
export interface TestServer {
  url: string;
  app: App;
  storageDir: string;
  /** Every JSON log line the server wrote. */
  logs: string[];
  gql<T = any>(query: string, variables?: Record<string, unknown>, options?: RequestOptions): Promise<GraphQLResponse<T>>;
  /** Mails in the development outbox, oldest first. */
  outbox(): { to: string; subject: string; text: string }[];
  /**
   * Stops this server and starts a new one on the same storage folder (database, documents,
   * outbox, development key) with the same environment plus `changes`, e.g. a new consent version
   * or a rotated key. Use the returned server from then on; its close() removes the folder.
   */
  restart(changes?: Record<string, string | undefined>): Promise<TestServer>;
  close(): Promise<void>;
}

/**
 * Login rate limits high enough that a test file may sign in many accounts from 127.0.0.1;
 * tests of the limits themselves pass their own values.
 */
const TEST_LOGIN_LIMITS = { LTC_RATE_CHALLENGE_IP_LIMIT: '10000', LTC_RATE_VERIFY_IP_LIMIT: '10000' };

export async function startServer(env: Record<string, string> = {}, options: { storageDir?: string } = {}): Promise<TestServer> {
  const storageDir = options.storageDir ?? env.LTC_STORAGE_DIR ?? mkdtempSync(path.join(tmpdir(), 'ltc-test-'));
  // On PostgreSQL each server gets its own database, kept across restart().
  if (testEngine === 'postgresql' && !env.LTC_DATABASE_URL && !env.LTC_DATABASE_PATH) env = { ...env, LTC_DATABASE_URL: newPostgresDatabaseUrl() };
  // With S3 each server gets its own bucket, kept across restart() like the database.
  if (testStorage === 's3' && !env.LTC_STORAGE_BACKEND) env = { ...env, ...(await newBucketEnv()) };
  const config = loadConfig({ LTC_ENV: 'test', LTC_PORT: '0', LTC_LOG_LEVEL: 'debug', ...TEST_LOGIN_LIMITS, ...env, LTC_STORAGE_DIR: storageDir });
  const logs: string[] = [];
  const app = await createApp(config, { logSink: (line) => logs.push(line) });
  const port = await app.listen();
  const url = `http://127.0.0.1:${port}`;
  return {
    url,
    app,
    storageDir,
    logs,
    async gql(query, variables, options = {}) {
      const response = await fetch(`${url}/graphql`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          ...(options.token ? { authorization: `Bearer ${options.token}` } : {}),
          ...options.headers,
        },
        body: JSON.stringify({ query, variables }),
      });
      const body = (await response.json()) as { data?: any; errors?: GraphQLResponse['errors'] };
      return { status: response.status, headers: response.headers, data: body.data, errors: body.errors };
    },
    outbox() {
      const dir = path.join(storageDir, 'outbox');
      let files: string[] = [];
      try {
        files = readdirSync(dir).filter((file) => file.endsWith('.json')).sort();
      } catch {
        return [];
      }
      return files.map((file) => JSON.parse(readFileSync(path.join(dir, file), 'utf8')));
    },
    async restart(changes = {}) {
      await app.close();
      const next: Record<string, string> = { ...env };
      for (const [name, value] of Object.entries(changes)) {
        if (value === undefined) delete next[name];
        else next[name] = value;
      }
      return startServer(next, { storageDir });
    },
    async close() {
      await app.close();
      await dropTestDatabase(config.database);
      rmSync(storageDir, { recursive: true, force: true });
    },
  };
}

/**
 * A GraphQL request and the SQL statements it cost, the writes it left pending (a session's touch,
 * audit events) included and those of earlier requests left out: what batching and cache tests compare.
 */
export async function measuredGql<T = any>(server: TestServer, query: string, variables: Record<string, unknown>, token: string) {
  await server.app.services.pendingWrites.drain();
  const before = sqlStatementCount(server.app.services.orm);
  const response = await server.gql<T>(query, variables, { token });
  await server.app.services.pendingWrites.drain();
  return { response, statements: sqlStatementCount(server.app.services.orm) - before };
}

const REQUEST = 'mutation($email: String!) { requestLoginCode(email: $email) { challengeId message devCode } }';
const VERIFY = 'mutation($id: ID!, $code: String!) { verifyLoginCode(challengeId: $id, code: $code) { token expiresAt user { id role } } }';

/** The code from the newest mail to an address (as typed; the server mails the normalised form). */
export function lastCode(server: TestServer, email: string): string {
  const to = normaliseEmail(email);
  const mail = server.outbox().filter((m) => m.to === to).at(-1);
  const code = mail && /Anmeldecode lautet: (\d{6})/.exec(mail.text)?.[1];
  if (!code) throw new Error('no login mail in the outbox');
  return code;
}

/** Signs in through the real login flow (request code, read the outbox, verify). */
export async function signIn(server: TestServer, email: string): Promise<{ token: string; userId: string }> {
  const requested = await server.gql(REQUEST, { email });
  const challengeId = requested.data.requestLoginCode.challengeId;
  const verified = await server.gql(VERIFY, { id: challengeId, code: lastCode(server, email) });
  if (!verified.data) throw new Error(`login failed: ${JSON.stringify(verified.errors)}`);
  return { token: verified.data.verifyLoginCode.token, userId: verified.data.verifyLoginCode.user.id };
}

let accountCounter = 0;
/**
 * A signed-in account with the given role (set directly in the database, as an admin would) and,
 * unless told otherwise, the current consents accepted.
 */
export async function signInAs(
  server: TestServer,
  role: Role,
  options: { consent?: boolean; email?: string } = {},
): Promise<{ token: string; userId: string; email: string }> {
  const email = options.email ?? `${role}-${process.pid}-${++accountCounter}@example.org`;
  const session = await signIn(server, email);
  if (role !== 'user') await server.app.services.orm.em.fork().nativeUpdate(User, { id: session.userId }, { role });
  if (options.consent !== false) {
    const { termsVersion, privacyVersion } = server.app.services.config;
    const accepted = await server.gql(
      'mutation($t: String!, $p: String!) { acceptConsents(termsVersion: $t, privacyVersion: $p, source: ui) { complete } }',
      { t: termsVersion, p: privacyVersion },
      { token: session.token },
    );
    if (!accepted.data?.acceptConsents.complete) throw new Error(`consent failed: ${JSON.stringify(accepted.errors)}`);
  }
  return { ...session, email };
}

/** The first error's code and reason, for compact assertions. */
export const errorOf = (response: GraphQLResponse) => ({
  code: response.errors?.[0]?.extensions?.code,
  reason: response.errors?.[0]?.extensions?.reason,
});
