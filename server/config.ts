import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { normaliseEmail } from './identity/email.ts';
import { configuredOperator, type Operator } from './site/operator.ts';

export type Environment = 'development' | 'test' | 'production';

export interface RateLimit {
  limit: number;
  windowSeconds: number;
}

/** Where the data lives; the engine follows from LTC_DATABASE_URL (server/db/orm.ts opens it). */
export type DatabaseTarget = { engine: 'sqlite'; path: string } | { engine: 'postgresql'; url: string };

/** Where stored documents live (LTC_STORAGE_BACKEND); uploads are staged in the storage folder either way. */
export type DocumentStorageConfig = { backend: 'filesystem' } | S3StorageConfig;

export interface S3StorageConfig {
  backend: 's3';
  bucket: string;
  region: string;
  /** An S3-compatible server (MinIO, Ceph, …); AWS itself when unset. */
  endpoint?: string;
  /** `<endpoint>/<bucket>/<key>` instead of `<bucket>.<endpoint>/<key>` (most self-hosted servers need it). */
  forcePathStyle: boolean;
  /** Unset: the AWS SDK's own credential chain (environment, instance role). */
  credentials?: { accessKeyId: string; secretAccessKey: string };
}

export interface Config {
  env: Environment;
  port: number;
  host: string;
  /** Behind a reverse proxy: take the client address from X-Forwarded-For. */
  trustProxy: boolean;
  secretKey: string;
  /** Version of the secret key; stored next to every HMAC and ciphertext so the key can rotate. */
  keyVersion: number;
  /** Older secrets by version, still accepted for lookups and decryption during a rotation. */
  previousSecretKeys: Record<number, string>;
  database: DatabaseTarget;
  storageDir: string;
  documentStorage: DocumentStorageConfig;
  publicBaseUrl: string;
  mail: { host?: string; port: number; secure: boolean; user?: string; password?: string; from: string };
  uploadMaxBytes: number;
  /** Uploads in progress at once (each holds a temp file, never its bytes in memory). */
  uploadConcurrency: { perUser: number; total: number };
  /** Slow clients: Node's own server timeouts (SPEC §15, issue 12). */
  http: { headersTimeoutMs: number; requestTimeoutMs: number; idleTimeoutMs: number; keepAliveTimeoutMs: number };
  allowDevHeaders: boolean;
  devExposeOtp: boolean;
  termsVersion: string;
  privacyVersion: string;
  bootstrapSuperadminEmail?: string;
  /**
   * Where rate-limit windows are kept (LTC_RATE_LIMIT_STORE): in this process's memory (one
   * instance, the SQLite default) or in the database, shared by every instance (the PostgreSQL default).
   */
  rateLimitStore: 'memory' | 'database';
  rateLimits: {
    challengePerEmail: RateLimit;
    challengePerIp: RateLimit;
    verifyPerIp: RateLimit;
    publicPerIp: RateLimit;
    apiTokenPerToken: RateLimit;
    /** Workshop mutations per account (SPEC §18). */
    workshopPerActor: RateLimit;
    /** The buyer's VIN check on the public page (SPEC §22), per IP and per share token. */
    vinCheckPerIp: RateLimit;
    vinCheckPerToken: RateLimit;
    /** Calendar feed requests per client address (SPEC §20). */
    calendarPerIp: RateLimit;
    /** Certificates generated per account (SPEC §22: each one renders and signs a PDF). */
    certificatePerActor: RateLimit;
  };
  logLevel: 'debug' | 'info' | 'warn' | 'error' | 'silent';
  clamavSocket?: string;
  metricsToken?: string;
  /** Lifetime of a step-up token (SPEC §2: 60–600 s). */
  stepUpTtlSeconds: number;
  /** Provider details for Impressum, Kontakt and mails (LTC_OPERATOR_*). */
  operator: Operator;
  /** Partner webhooks (server/webhooks/): delivery pace, retries, bounds and the address policy. */
  webhooks: WebhookConfig;
}

export interface WebhookConfig {
  /** How often the delivery job looks for due deliveries. */
  intervalMs: number;
  /** One attempt (connect, send, response headers) may take this long. */
  timeoutMs: number;
  /** Attempts before a delivery is marked failed. */
  maxAttempts: number;
  /** The wait after the first failed attempt; it doubles with every further one. */
  retryBaseMs: number;
  /** Endpoints must use https (production). */
  requireHttps: boolean;
  /** Development and tests only (LTC_WEBHOOK_ALLOW_PRIVATE): deliver to loopback and private addresses. */
  allowPrivateAddresses: boolean;
}

export class ConfigError extends Error {
  readonly problems: string[];
  constructor(problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.problems = problems;
  }
}

const TRUE_WORDS = ['1', 'true', 'yes', 'on'];
const FALSE_WORDS = ['0', 'false', 'no', 'off', ''];

/**
 * Reads and validates the configuration from an environment map. Every bad value gets its own
 * message; all of them are reported together so an operator fixes them in one go.
 */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const problems: string[] = [];

  const flag = (name: string): boolean => readFlag(env, name, problems);
  const int = (name: string, fallback: number, min: number, max: number): number => {
    const raw = env[name];
    if (raw === undefined || raw === '') return fallback;
    const value = Number(raw);
    if (!Number.isInteger(value) || value < min || value > max) {
      problems.push(`${name} must be an integer between ${min} and ${max}`);
      return fallback;
    }
    return value;
  };
  const rate = (name: string, limit: number, windowSeconds: number): RateLimit => ({
    limit: int(`${name}_LIMIT`, limit, 1, 1_000_000),
    windowSeconds: int(`${name}_WINDOW_SECONDS`, windowSeconds, 1, 86_400),
  });

  const rawEnv = (env.LTC_ENV ?? 'development').trim();
  let environment: Environment = 'development';
  if (rawEnv === 'development' || rawEnv === 'test' || rawEnv === 'production') environment = rawEnv;
  else problems.push('LTC_ENV must be development, test or production');
  const production = environment === 'production';

  const storageDir = path.resolve(env.LTC_STORAGE_DIR || './storage');
  const database = configuredDatabase(env, problems);
  const documentStorage = configuredDocumentStorage(env, problems, flag);

  const allowDevHeaders = flag('LTC_ALLOW_DEV_HEADERS');
  const devExposeOtp = flag('LTC_DEV_EXPOSE_OTP');
  if (production && allowDevHeaders) problems.push('LTC_ALLOW_DEV_HEADERS must not be set in production');
  if (production && devExposeOtp) problems.push('LTC_DEV_EXPOSE_OTP must not be set in production');
  const webhookAllowPrivate = flag('LTC_WEBHOOK_ALLOW_PRIVATE');
  if (production && webhookAllowPrivate) problems.push('LTC_WEBHOOK_ALLOW_PRIVATE must not be set in production');

  let secretKey = env.LTC_SECRET_KEY ?? '';
  if (production && secretKey.length < 32) {
    problems.push('LTC_SECRET_KEY must be set to at least 32 characters in production');
  } else if (!production && secretKey === '') {
    secretKey = developmentSecret(storageDir);
  } else if (secretKey.length < 32) {
    problems.push('LTC_SECRET_KEY must be at least 32 characters');
  }
  const keyVersion = int('LTC_SECRET_KEY_VERSION', 1, 1, 1000);
  const previousSecretKeys: Record<number, string> = {};
  for (const [name, value] of Object.entries(env)) {
    const match = /^LTC_SECRET_KEY_V(\d+)$/.exec(name);
    if (!match || value === undefined) continue;
    const version = Number(match[1]);
    if (version >= keyVersion) problems.push(`${name} must name a version below LTC_SECRET_KEY_VERSION`);
    else if (value.length < 32) problems.push(`${name} must be at least 32 characters`);
    else previousSecretKeys[version] = value;
  }

  const port = int('LTC_PORT', 4000, 0, 65535);
  const publicBaseUrl = (env.LTC_PUBLIC_BASE_URL || `http://127.0.0.1:${port}`).replace(/\/+$/, '');
  try {
    const url = new URL(publicBaseUrl);
    if (production && url.protocol !== 'https:') problems.push('LTC_PUBLIC_BASE_URL must use https in production');
  } catch {
    problems.push('LTC_PUBLIC_BASE_URL must be an absolute URL');
  }

  const mailHost = env.LTC_MAIL_HOST || undefined;
  if (production && !mailHost) problems.push('LTC_MAIL_HOST must be set in production (SMTP server)');

  const versionPattern = /^[A-Za-z0-9._-]{1,32}$/;
  const termsVersion = env.LTC_TERMS_VERSION || 'v1';
  const privacyVersion = env.LTC_PRIVACY_VERSION || 'v1';
  if (!versionPattern.test(termsVersion)) problems.push('LTC_TERMS_VERSION must be 1-32 letters, digits, dots, dashes or underscores');
  if (!versionPattern.test(privacyVersion)) problems.push('LTC_PRIVACY_VERSION must be 1-32 letters, digits, dots, dashes or underscores');

  let bootstrap = env.LTC_BOOTSTRAP_SUPERADMIN_EMAIL?.trim() || undefined;
  if (bootstrap) {
    // Normalised like every login address, so the comparison at first login is exact.
    try {
      bootstrap = normaliseEmail(bootstrap);
    } catch {
      problems.push('LTC_BOOTSTRAP_SUPERADMIN_EMAIL must be an email address');
    }
  }

  const http = {
    headersTimeoutMs: int('LTC_HTTP_HEADERS_TIMEOUT_MS', 10_000, 100, 120_000),
    requestTimeoutMs: int('LTC_HTTP_REQUEST_TIMEOUT_MS', 120_000, 100, 600_000),
    idleTimeoutMs: int('LTC_HTTP_IDLE_TIMEOUT_MS', 30_000, 100, 120_000),
    keepAliveTimeoutMs: int('LTC_HTTP_KEEP_ALIVE_TIMEOUT_MS', 5_000, 100, 120_000),
  };
  if (http.headersTimeoutMs > http.requestTimeoutMs) problems.push('LTC_HTTP_HEADERS_TIMEOUT_MS must not exceed LTC_HTTP_REQUEST_TIMEOUT_MS');
  const uploadConcurrency = {
    perUser: int('LTC_UPLOAD_CONCURRENCY_PER_USER', 2, 1, 100),
    total: int('LTC_UPLOAD_CONCURRENCY_TOTAL', 8, 1, 1000),
  };
  if (uploadConcurrency.perUser > uploadConcurrency.total) problems.push('LTC_UPLOAD_CONCURRENCY_PER_USER must not exceed LTC_UPLOAD_CONCURRENCY_TOTAL');

  const logLevel = (env.LTC_LOG_LEVEL || (environment === 'test' ? 'silent' : 'info')) as Config['logLevel'];
  if (!['debug', 'info', 'warn', 'error', 'silent'].includes(logLevel)) problems.push('LTC_LOG_LEVEL must be debug, info, warn, error or silent');

  const config: Config = {
    env: environment,
    port,
    host: env.LTC_HOST || '127.0.0.1',
    trustProxy: flag('LTC_TRUST_PROXY'),
    secretKey,
    keyVersion,
    previousSecretKeys,
    database,
    storageDir,
    documentStorage,
    publicBaseUrl,
    mail: {
      host: mailHost,
      port: int('LTC_MAIL_PORT', 587, 1, 65535),
      secure: flag('LTC_MAIL_SECURE'),
      user: env.LTC_MAIL_USER || undefined,
      password: env.LTC_MAIL_PASSWORD || undefined,
      from: env.LTC_MAIL_FROM || 'LifeTimeCircle <no-reply@lifetimecircle.local>',
    },
    uploadMaxBytes: int('LTC_UPLOAD_MAX_BYTES', 10 * 1024 * 1024, 1, 1024 * 1024 * 1024),
    uploadConcurrency,
    http,
    allowDevHeaders: allowDevHeaders && !production,
    devExposeOtp: devExposeOtp && !production,
    termsVersion,
    privacyVersion,
    bootstrapSuperadminEmail: bootstrap,
    rateLimitStore: configuredRateLimitStore(env, database, problems),
    rateLimits: {
      challengePerEmail: rate('LTC_RATE_CHALLENGE_EMAIL', 3, 600),
      challengePerIp: rate('LTC_RATE_CHALLENGE_IP', 10, 60),
      verifyPerIp: rate('LTC_RATE_VERIFY_IP', 20, 60),
      publicPerIp: rate('LTC_RATE_PUBLIC_IP', 120, 60),
      apiTokenPerToken: rate('LTC_RATE_API_TOKEN', 600, 60),
      workshopPerActor: rate('LTC_RATE_WORKSHOP', 300, 60),
      vinCheckPerIp: rate('LTC_RATE_VIN_CHECK_IP', 10, 600),
      vinCheckPerToken: rate('LTC_RATE_VIN_CHECK_TOKEN', 10, 3600),
      calendarPerIp: rate('LTC_RATE_CALENDAR_IP', 60, 60),
      certificatePerActor: rate('LTC_RATE_CERTIFICATE', 10, 3600),
    },
    logLevel,
    clamavSocket: env.LTC_CLAMAV_SOCKET || undefined,
    metricsToken: env.LTC_METRICS_TOKEN || undefined,
    stepUpTtlSeconds: int('LTC_STEP_UP_TTL_SECONDS', 600, 60, 600),
    operator: configuredOperator(env, production, problems),
    webhooks: {
      intervalMs: int('LTC_WEBHOOK_INTERVAL_MS', 5_000, 50, 600_000),
      timeoutMs: int('LTC_WEBHOOK_TIMEOUT_MS', 5_000, 100, 30_000),
      maxAttempts: int('LTC_WEBHOOK_MAX_ATTEMPTS', 8, 1, 20),
      retryBaseMs: int('LTC_WEBHOOK_RETRY_BASE_MS', 30_000, 10, 3_600_000),
      requireHttps: production,
      allowPrivateAddresses: webhookAllowPrivate && !production,
    },
  };
  if (problems.length > 0) throw new ConfigError(problems);
  return config;
}

function readFlag(env: NodeJS.ProcessEnv, name: string, problems: string[]): boolean {
  const raw = (env[name] ?? '').trim().toLowerCase();
  if (TRUE_WORDS.includes(raw)) return true;
  if (!FALSE_WORDS.includes(raw)) problems.push(`${name} must be one of 1|true|yes|on|0|false|no|off`);
  return false;
}

/** Where the environment keeps documents, on its own for tools that need nothing else (`npm run restore`). */
export function documentStorageFromEnv(env: NodeJS.ProcessEnv = process.env): DocumentStorageConfig {
  const problems: string[] = [];
  const storage = configuredDocumentStorage(env, problems, (name) => readFlag(env, name, problems));
  if (problems.length > 0) throw new ConfigError(problems);
  return storage;
}

/**
 * The database the environment names: LTC_DATABASE_URL, LTC_DATABASE_PATH, or the SQLite file in the
 * storage folder. On its own for tools that need nothing else of the configuration (`npm run restore`).
 */
export function configuredDatabase(env: NodeJS.ProcessEnv = process.env, problems: string[] = []): DatabaseTarget {
  return databaseTarget(env.LTC_DATABASE_URL || env.LTC_DATABASE_PATH || path.join(path.resolve(env.LTC_STORAGE_DIR || './storage'), 'lifetimecircle.sqlite'), problems);
}

/**
 * `postgres://…` or `postgresql://…` selects PostgreSQL (the URL goes to the driver as it is);
 * `sqlite:<path>`, `sqlite://<path>` or a plain path selects SQLite. Any other scheme is refused
 * rather than taken for a file name.
 */
function databaseTarget(raw: string, problems: string[]): DatabaseTarget {
  const value = raw.trim();
  if (/^postgres(ql)?:\/\//i.test(value)) {
    try {
      const url = new URL(value);
      if (!url.hostname && !url.searchParams.get('host')) problems.push('LTC_DATABASE_URL must name a PostgreSQL host (postgres://user:password@host:5432/database)');
      else if (url.pathname.replace(/^\//, '') === '') problems.push('LTC_DATABASE_URL must name a PostgreSQL database (postgres://user:password@host:5432/database)');
    } catch {
      problems.push('LTC_DATABASE_URL is not a valid PostgreSQL URL (postgres://user:password@host:5432/database)');
    }
    return { engine: 'postgresql', url: value };
  }
  const file = value.startsWith('sqlite:') ? value.slice('sqlite:'.length).replace(/^\/\//, '') : value;
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(value) && !value.startsWith('sqlite:')) {
    problems.push('LTC_DATABASE_URL must be postgres://…, postgresql://…, sqlite:<path> or a file path');
  } else if (file === '') {
    problems.push('LTC_DATABASE_URL names no SQLite file (sqlite:<path>)');
  }
  return { engine: 'sqlite', path: file === ':memory:' ? file : path.resolve(file || '.') };
}

function configuredRateLimitStore(env: NodeJS.ProcessEnv, database: DatabaseTarget, problems: string[]): Config['rateLimitStore'] {
  const store = (env.LTC_RATE_LIMIT_STORE || (database.engine === 'postgresql' ? 'database' : 'memory')).trim();
  if (store === 'memory' || store === 'database') return store;
  problems.push('LTC_RATE_LIMIT_STORE must be memory or database');
  return 'memory';
}

const S3_SETTINGS = ['LTC_S3_BUCKET', 'LTC_S3_ENDPOINT', 'LTC_S3_REGION', 'LTC_S3_ACCESS_KEY_ID', 'LTC_S3_SECRET_ACCESS_KEY', 'LTC_S3_FORCE_PATH_STYLE'];

/**
 * LTC_STORAGE_BACKEND chooses explicitly: `filesystem` (default) or `s3`. S3 settings next to the
 * filesystem backend are refused rather than ignored, so documents never land on a local disk
 * while the operator believes them in the bucket.
 */
function configuredDocumentStorage(env: NodeJS.ProcessEnv, problems: string[], flag: (name: string) => boolean): DocumentStorageConfig {
  const backend = (env.LTC_STORAGE_BACKEND || 'filesystem').trim();
  if (backend === 'filesystem') {
    const stray = S3_SETTINGS.filter((name) => env[name]);
    if (stray.length > 0) problems.push(`${stray.join(', ')} set, but LTC_STORAGE_BACKEND is not s3`);
    return { backend: 'filesystem' };
  }
  if (backend !== 's3') {
    problems.push('LTC_STORAGE_BACKEND must be filesystem or s3');
    return { backend: 'filesystem' };
  }
  const bucket = env.LTC_S3_BUCKET?.trim() ?? '';
  // The S3 naming rules for new buckets, loosely: what any S3-compatible server accepts.
  if (!/^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/.test(bucket)) problems.push('LTC_S3_BUCKET must name a bucket (3-63 lowercase letters, digits, dots, dashes)');
  const endpoint = env.LTC_S3_ENDPOINT?.trim() || undefined;
  if (endpoint) {
    try {
      if (!['http:', 'https:'].includes(new URL(endpoint).protocol)) problems.push('LTC_S3_ENDPOINT must be an http(s) URL');
    } catch {
      problems.push('LTC_S3_ENDPOINT must be an http(s) URL');
    }
  }
  const accessKeyId = env.LTC_S3_ACCESS_KEY_ID || '';
  const secretAccessKey = env.LTC_S3_SECRET_ACCESS_KEY || '';
  if (Boolean(accessKeyId) !== Boolean(secretAccessKey)) problems.push('LTC_S3_ACCESS_KEY_ID and LTC_S3_SECRET_ACCESS_KEY must be set together');
  return {
    backend: 's3',
    bucket,
    region: env.LTC_S3_REGION?.trim() || 'us-east-1',
    endpoint,
    forcePathStyle: flag('LTC_S3_FORCE_PATH_STYLE'),
    credentials: accessKeyId && secretAccessKey ? { accessKeyId, secretAccessKey } : undefined,
  };
}

/** Development and test only: a random key generated once and kept in the storage folder. */
function developmentSecret(storageDir: string): string {
  const file = path.join(storageDir, '.dev-secret-key');
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  mkdirSync(storageDir, { recursive: true });
  const key = randomBytes(48).toString('base64url');
  try {
    writeFileSync(file, key, { mode: 0o600, flag: 'wx' });
    return key;
  } catch {
    // Another process created it first: use theirs.
    return readFileSync(file, 'utf8').trim();
  }
}
