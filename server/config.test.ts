import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { OPERATOR_ENV } from '../test/operator-env.ts';
import { tempDir } from '../test/temp-dirs.ts';
import { ConfigError, loadConfig } from './config.ts';
import { DEMO_OPERATOR } from './site/operator.ts';

const KEY = 'k'.repeat(32);
const storage = () => tempDir('ltc-config-');
/** A production environment that is valid, to change one value at a time. */
const production = (changes: Record<string, string | undefined> = {}) => ({
  LTC_ENV: 'production',
  LTC_SECRET_KEY: KEY,
  LTC_STORAGE_DIR: storage(),
  LTC_MAIL_HOST: 'smtp.example.test',
  LTC_PUBLIC_BASE_URL: 'https://service-heft.example.test',
  ...OPERATOR_ENV,
  ...changes,
});

/** The problems loadConfig reports for an environment (none → empty list). */
function problemsOf(env: Record<string, string | undefined>): string[] {
  try {
    loadConfig(env);
    return [];
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
    throw error;
  }
}

describe('loadConfig', () => {
  it('has working development defaults and keeps a generated key in the storage folder', () => {
    const dir = storage();
    const config = loadConfig({ LTC_STORAGE_DIR: dir });
    expect(config).toMatchObject({
      env: 'development',
      port: 4000,
      host: '127.0.0.1',
      publicBaseUrl: 'http://127.0.0.1:4000',
      database: { engine: 'sqlite', path: path.join(dir, 'lifetimecircle.sqlite') },
      termsVersion: 'v1',
      privacyVersion: 'v1',
      keyVersion: 1,
      allowDevHeaders: false,
      devExposeOtp: false,
      uploadMaxBytes: 10 * 1024 * 1024,
      uploadConcurrency: { perUser: 2, total: 8 },
      http: { headersTimeoutMs: 10_000, requestTimeoutMs: 120_000, idleTimeoutMs: 30_000, keepAliveTimeoutMs: 5_000 },
      rateLimits: {
        challengePerEmail: { limit: 3, windowSeconds: 600 },
        challengePerIp: { limit: 10, windowSeconds: 60 },
        verifyPerIp: { limit: 20, windowSeconds: 60 },
      },
    });
    expect(config.secretKey.length).toBeGreaterThanOrEqual(32);
    const keyFile = path.join(dir, '.dev-secret-key');
    expect(readFileSync(keyFile, 'utf8')).toBe(config.secretKey);
    expect(statSync(keyFile).mode & 0o777).toBe(0o600);
    expect(loadConfig({ LTC_STORAGE_DIR: dir }).secretKey).toBe(config.secretKey);
  });

  it('accepts a valid production configuration', () => {
    const config = loadConfig(production());
    expect(config.env).toBe('production');
    expect(config.secretKey).toBe(KEY);
  });

  it.each([
    [{ LTC_SECRET_KEY: undefined }, 'LTC_SECRET_KEY must be set to at least 32 characters in production'],
    [{ LTC_SECRET_KEY: 'k'.repeat(31) }, 'LTC_SECRET_KEY must be set to at least 32 characters in production'],
    [{ LTC_ALLOW_DEV_HEADERS: '1' }, 'LTC_ALLOW_DEV_HEADERS must not be set in production'],
    [{ LTC_ALLOW_DEV_HEADERS: 'yes' }, 'LTC_ALLOW_DEV_HEADERS must not be set in production'],
    [{ LTC_DEV_EXPOSE_OTP: 'true' }, 'LTC_DEV_EXPOSE_OTP must not be set in production'],
    [{ LTC_HTTP_HEADERS_TIMEOUT_MS: '0' }, 'LTC_HTTP_HEADERS_TIMEOUT_MS must be an integer between 100 and 120000'],
    [{ LTC_HTTP_HEADERS_TIMEOUT_MS: '60000', LTC_HTTP_REQUEST_TIMEOUT_MS: '30000' }, 'LTC_HTTP_HEADERS_TIMEOUT_MS must not exceed LTC_HTTP_REQUEST_TIMEOUT_MS'],
    [{ LTC_UPLOAD_CONCURRENCY_PER_USER: '9' }, 'LTC_UPLOAD_CONCURRENCY_PER_USER must not exceed LTC_UPLOAD_CONCURRENCY_TOTAL'],
    [{ LTC_PUBLIC_BASE_URL: 'http://service-heft.example.test' }, 'LTC_PUBLIC_BASE_URL must use https in production'],
    [{ LTC_MAIL_HOST: undefined }, 'LTC_MAIL_HOST must be set in production (SMTP server)'],
  ])('refuses production with %o', (changes, message) => {
    expect(problemsOf(production(changes))).toEqual([message]);
  });

  it('refuses production without the operator details the Impressum needs, one message per missing field', () => {
    const none = Object.fromEntries(Object.keys(OPERATOR_ENV).map((name) => [name, undefined]));
    expect(problemsOf(production(none))).toEqual(
      ['NAME', 'STREET', 'POSTAL_CODE', 'CITY', 'EMAIL', 'PHONE', 'CONTENT_RESPONSIBLE'].map(
        (field) => `LTC_OPERATOR_${field} must be set in production (operator details for Impressum and Kontakt, § 5 DDG)`,
      ),
    );
    // Optional ones (representative, register, VAT id, country) may be left out.
    const optional = { LTC_OPERATOR_REPRESENTATIVE: undefined, LTC_OPERATOR_REGISTER: undefined, LTC_OPERATOR_VAT_ID: undefined };
    const operator = loadConfig(production(optional)).operator;
    expect(operator).toMatchObject({ demo: false, country: 'Deutschland', city: 'München' });
    expect(operator.register).toBeUndefined();
  });

  it.each([
    [{ LTC_OPERATOR_EMAIL: 'kontakt(at)example.org' }, 'LTC_OPERATOR_EMAIL must be an email address'],
    [{ LTC_OPERATOR_PHONE: 'bitte anrufen' }, 'LTC_OPERATOR_PHONE must be a phone number (digits, spaces and + ( ) / -)'],
    [{ LTC_OPERATOR_VAT_ID: '123' }, 'LTC_OPERATOR_VAT_ID must be a VAT identification number such as DE123456789'],
    [{ LTC_OPERATOR_NAME: 'x'.repeat(201) }, 'LTC_OPERATOR_NAME must be at most 200 characters'],
    [{ LTC_OPERATOR_CITY: '   ' }, 'LTC_OPERATOR_CITY must be set in production (operator details for Impressum and Kontakt, § 5 DDG)'],
  ])('refuses production with the operator value %o', (changes, message) => {
    expect(problemsOf(production(changes))).toEqual([message]);
  });

  it('reads the operator in production, and gives development the marked demo operator only while no LTC_OPERATOR_* is set', () => {
    expect(loadConfig(production()).operator).toEqual({
      demo: false,
      name: 'Prüfbetrieb Service Heft GmbH',
      representative: 'Geschäftsführer: Max Prüfer',
      street: 'Prüfallee 7',
      postalCode: '80331',
      city: 'München',
      country: 'Deutschland',
      email: 'kontakt@pruefbetrieb.example',
      phone: '+49 89 1234560',
      register: 'Amtsgericht München, HRB 999999',
      vatId: 'DE999999999',
      contentResponsible: 'Max Prüfer, Prüfallee 7, 80331 München',
    });
    expect(loadConfig({ LTC_STORAGE_DIR: storage() }).operator).toEqual(DEMO_OPERATOR);
    expect(DEMO_OPERATOR.demo).toBe(true);
    // One real value in development: the rest must be real too, never half demo.
    expect(problemsOf({ LTC_STORAGE_DIR: storage(), LTC_OPERATOR_NAME: 'Echt GmbH' })).toContain(
      'LTC_OPERATOR_EMAIL must be set (operator details for Impressum and Kontakt, § 5 DDG)',
    );
  });

  it.each([
    [{ LTC_ENV: 'staging' }, 'LTC_ENV must be development, test or production'],
    [{ LTC_PORT: 'http' }, 'LTC_PORT must be an integer between 0 and 65535'],
    [{ LTC_PORT: '70000' }, 'LTC_PORT must be an integer between 0 and 65535'],
    [{ LTC_ALLOW_DEV_HEADERS: 'maybe' }, 'LTC_ALLOW_DEV_HEADERS must be one of 1|true|yes|on|0|false|no|off'],
    [{ LTC_SECRET_KEY: 'short' }, 'LTC_SECRET_KEY must be at least 32 characters'],
    [{ LTC_SECRET_KEY_V1: KEY }, 'LTC_SECRET_KEY_V1 must name a version below LTC_SECRET_KEY_VERSION'],
    [{ LTC_SECRET_KEY_VERSION: '2', LTC_SECRET_KEY_V1: 'short' }, 'LTC_SECRET_KEY_V1 must be at least 32 characters'],
    [{ LTC_SECRET_KEY_VERSION: '0' }, 'LTC_SECRET_KEY_VERSION must be an integer between 1 and 1000'],
    [{ LTC_PUBLIC_BASE_URL: 'service-heft.example' }, 'LTC_PUBLIC_BASE_URL must be an absolute URL'],
    [{ LTC_UPLOAD_MAX_BYTES: '-1' }, 'LTC_UPLOAD_MAX_BYTES must be an integer between 1 and 1073741824'],
    [{ LTC_RATE_CHALLENGE_EMAIL_LIMIT: '0' }, 'LTC_RATE_CHALLENGE_EMAIL_LIMIT must be an integer between 1 and 1000000'],
    [{ LTC_RATE_VERIFY_IP_WINDOW_SECONDS: '1.5' }, 'LTC_RATE_VERIFY_IP_WINDOW_SECONDS must be an integer between 1 and 86400'],
    [{ LTC_TERMS_VERSION: 'v 2' }, 'LTC_TERMS_VERSION must be 1-32 letters, digits, dots, dashes or underscores'],
    [{ LTC_PRIVACY_VERSION: 'x'.repeat(33) }, 'LTC_PRIVACY_VERSION must be 1-32 letters, digits, dots, dashes or underscores'],
    [{ LTC_BOOTSTRAP_SUPERADMIN_EMAIL: 'chefin@localhost' }, 'LTC_BOOTSTRAP_SUPERADMIN_EMAIL must be an email address'],
    [{ LTC_LOG_LEVEL: 'verbose' }, 'LTC_LOG_LEVEL must be debug, info, warn, error or silent'],
  ])('names the bad value in %o', (changes, message) => {
    expect(problemsOf({ LTC_STORAGE_DIR: storage(), ...changes })).toEqual([message]);
  });

  it('reports every bad value at once, in one message', () => {
    let error: unknown;
    try {
      loadConfig(production({ LTC_SECRET_KEY: undefined, LTC_ALLOW_DEV_HEADERS: '1', LTC_DEV_EXPOSE_OTP: '1', LTC_PORT: 'x' }));
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const message = (error as ConfigError).message;
    for (const name of ['LTC_SECRET_KEY', 'LTC_ALLOW_DEV_HEADERS', 'LTC_DEV_EXPOSE_OTP', 'LTC_PORT']) expect(message).toContain(`  - ${name} `);
  });

  it('reads rate limits, consent versions, key rotation, database location and the bootstrap address', () => {
    const dir = storage();
    const config = loadConfig({
      LTC_STORAGE_DIR: dir,
      LTC_RATE_CHALLENGE_EMAIL_LIMIT: '1',
      LTC_RATE_CHALLENGE_EMAIL_WINDOW_SECONDS: '30',
      LTC_TERMS_VERSION: '2026-11',
      LTC_SECRET_KEY: 'n'.repeat(40),
      LTC_SECRET_KEY_VERSION: '3',
      LTC_SECRET_KEY_V1: 'a'.repeat(32),
      LTC_SECRET_KEY_V2: 'b'.repeat(32),
      LTC_DATABASE_URL: `sqlite://${path.join(dir, 'other.sqlite')}`,
      LTC_BOOTSTRAP_SUPERADMIN_EMAIL: '  Chefin@Example.ORG ',
      LTC_ALLOW_DEV_HEADERS: 'on',
    });
    expect(config.rateLimits.challengePerEmail).toEqual({ limit: 1, windowSeconds: 30 });
    expect(config.termsVersion).toBe('2026-11');
    expect(config.keyVersion).toBe(3);
    expect(config.previousSecretKeys).toEqual({ 1: 'a'.repeat(32), 2: 'b'.repeat(32) });
    expect(config.database).toEqual({ engine: 'sqlite', path: path.join(dir, 'other.sqlite') });
    expect(config.bootstrapSuperadminEmail).toBe('chefin@example.org');
    expect(config.allowDevHeaders).toBe(true);
  });
  it('takes the database engine from LTC_DATABASE_URL and refuses what it cannot open', () => {
    const dir = storage();
    const database = (url: string) => loadConfig({ LTC_STORAGE_DIR: dir, LTC_DATABASE_URL: url }).database;
    expect(database('postgres://ltc:secret@db.internal:5432/ltc?sslmode=require')).toEqual({
      engine: 'postgresql',
      url: 'postgres://ltc:secret@db.internal:5432/ltc?sslmode=require',
    });
    expect(database('postgresql://ltc@127.0.0.1/service_heft').engine).toBe('postgresql');
    // A PostgreSQL on the same host through its Unix socket (docs/OPERATIONS.md).
    expect(database('postgres://lifetimecircle@localhost/lifetimecircle?host=/var/run/postgresql').engine).toBe('postgresql');
    expect(database('postgres:///lifetimecircle?host=/var/run/postgresql').engine).toBe('postgresql');
    expect(database(`sqlite:${path.join(dir, 'a.sqlite')}`)).toEqual({ engine: 'sqlite', path: path.join(dir, 'a.sqlite') });
    expect(database(path.join(dir, 'b.sqlite'))).toEqual({ engine: 'sqlite', path: path.join(dir, 'b.sqlite') });
    expect(problemsOf({ LTC_STORAGE_DIR: dir, LTC_DATABASE_URL: 'mysql://ltc@db/ltc' })).toEqual([
      'LTC_DATABASE_URL must be postgres://…, postgresql://…, sqlite:<path> or a file path',
    ]);
    expect(problemsOf({ LTC_STORAGE_DIR: dir, LTC_DATABASE_URL: 'postgres://ltc@db.internal:5432/' })).toEqual([
      'LTC_DATABASE_URL must name a PostgreSQL database (postgres://user:password@host:5432/database)',
    ]);
    expect(problemsOf({ LTC_STORAGE_DIR: dir, LTC_DATABASE_URL: 'postgres://ltc@db.internal:notaport/ltc' })).toEqual([
      'LTC_DATABASE_URL is not a valid PostgreSQL URL (postgres://user:password@host:5432/database)',
    ]);
    expect(problemsOf({ LTC_STORAGE_DIR: dir, LTC_DATABASE_URL: 'sqlite:' })).toEqual(['LTC_DATABASE_URL names no SQLite file (sqlite:<path>)']);
  });

  it('keeps documents in the storage folder unless LTC_STORAGE_BACKEND=s3 names a bucket; refuses stray or half S3 settings', () => {
    expect(loadConfig(production()).documentStorage).toEqual({ backend: 'filesystem' });
    const s3 = {
      LTC_STORAGE_BACKEND: 's3',
      LTC_S3_BUCKET: 'ltc-documents',
      LTC_S3_ENDPOINT: 'https://s3.example.test',
      LTC_S3_ACCESS_KEY_ID: 'AKIDEXAMPLE',
      LTC_S3_SECRET_ACCESS_KEY: 'wJalrXUtnFEMI/K7MDENG',
      LTC_S3_FORCE_PATH_STYLE: 'true',
    };
    expect(loadConfig(production(s3)).documentStorage).toEqual({
      backend: 's3',
      bucket: 'ltc-documents',
      region: 'us-east-1',
      endpoint: 'https://s3.example.test',
      forcePathStyle: true,
      credentials: { accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'wJalrXUtnFEMI/K7MDENG' },
    });
    // On AWS itself: no endpoint, the SDK's own credentials (instance role), virtual-hosted style.
    expect(loadConfig(production({ LTC_STORAGE_BACKEND: 's3', LTC_S3_BUCKET: 'ltc-documents', LTC_S3_REGION: 'eu-central-1' })).documentStorage).toEqual({
      backend: 's3',
      bucket: 'ltc-documents',
      region: 'eu-central-1',
      endpoint: undefined,
      forcePathStyle: false,
      credentials: undefined,
    });

    const problems = problemsOf(production({ ...s3, LTC_S3_BUCKET: 'No_Bucket', LTC_S3_ENDPOINT: 'ftp://s3.example.test', LTC_S3_SECRET_ACCESS_KEY: '' }));
    expect(problems).toEqual([
      'LTC_S3_BUCKET must name a bucket (3-63 lowercase letters, digits, dots, dashes)',
      'LTC_S3_ENDPOINT must be an http(s) URL',
      'LTC_S3_ACCESS_KEY_ID and LTC_S3_SECRET_ACCESS_KEY must be set together',
    ]);
    // The secret is never part of a message.
    expect(problemsOf(production({ ...s3, LTC_S3_ACCESS_KEY_ID: '' })).join('\n')).not.toContain(s3.LTC_S3_SECRET_ACCESS_KEY);
    expect(problemsOf(production({ LTC_STORAGE_BACKEND: 'gcs' }))).toEqual(['LTC_STORAGE_BACKEND must be filesystem or s3']);
    expect(problemsOf(production({ LTC_S3_BUCKET: 'ltc-documents', LTC_S3_REGION: 'eu-central-1' }))).toEqual(['LTC_S3_BUCKET, LTC_S3_REGION set, but LTC_STORAGE_BACKEND is not s3']);
  });

  it('keeps rate-limit windows in memory on SQLite and in the database on PostgreSQL, unless LTC_RATE_LIMIT_STORE says otherwise', () => {
    const dir = storage();
    expect(loadConfig({ LTC_STORAGE_DIR: dir }).rateLimitStore).toBe('memory');
    expect(loadConfig({ LTC_STORAGE_DIR: dir, LTC_DATABASE_URL: 'postgres://ltc@db.internal:5432/ltc' }).rateLimitStore).toBe('database');
    expect(loadConfig({ LTC_STORAGE_DIR: dir, LTC_RATE_LIMIT_STORE: 'database' }).rateLimitStore).toBe('database');
    expect(loadConfig({ LTC_STORAGE_DIR: dir, LTC_DATABASE_URL: 'postgres://ltc@db.internal:5432/ltc', LTC_RATE_LIMIT_STORE: 'memory' }).rateLimitStore).toBe('memory');
    expect(problemsOf({ LTC_STORAGE_DIR: dir, LTC_RATE_LIMIT_STORE: 'redis' })).toEqual(['LTC_RATE_LIMIT_STORE must be memory or database']);
  });

  it('delivers webhooks to public https addresses in production; LTC_WEBHOOK_ALLOW_PRIVATE opens loopback and private ones outside production only', () => {
    const dir = storage();
    expect(loadConfig({ LTC_STORAGE_DIR: dir }).webhooks).toEqual({
      intervalMs: 5_000,
      timeoutMs: 5_000,
      maxAttempts: 8,
      retryBaseMs: 30_000,
      requireHttps: false,
      allowPrivateAddresses: false,
    });
    expect(loadConfig({ LTC_STORAGE_DIR: dir, LTC_WEBHOOK_ALLOW_PRIVATE: '1' }).webhooks.allowPrivateAddresses).toBe(true);
    expect(loadConfig(production()).webhooks).toMatchObject({ requireHttps: true, allowPrivateAddresses: false });
    expect(problemsOf(production({ LTC_WEBHOOK_ALLOW_PRIVATE: '1' }))).toEqual(['LTC_WEBHOOK_ALLOW_PRIVATE must not be set in production']);
    expect(problemsOf({ LTC_STORAGE_DIR: dir, LTC_WEBHOOK_ALLOW_PRIVATE: 'maybe' })).toEqual(['LTC_WEBHOOK_ALLOW_PRIVATE must be one of 1|true|yes|on|0|false|no|off']);
    expect(problemsOf({ LTC_STORAGE_DIR: dir, LTC_WEBHOOK_TIMEOUT_MS: '60000', LTC_WEBHOOK_MAX_ATTEMPTS: '0' })).toEqual([
      'LTC_WEBHOOK_TIMEOUT_MS must be an integer between 100 and 30000',
      'LTC_WEBHOOK_MAX_ATTEMPTS must be an integer between 1 and 20',
    ]);
  });
});
