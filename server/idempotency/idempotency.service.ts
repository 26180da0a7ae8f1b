import { createHash, randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/sql';
import type { Actor } from '../auth/actor.ts';
import type { Keyring } from '../crypto/keyring.ts';
import type { Orm } from '../db/orm.ts';
import { StagedUpload } from '../documents/upload-parser.ts';
import { badInput, conflict, type ErrorCode } from '../errors.ts';
import type { ScheduledJob } from '../jobs/job-runner.ts';
import { IdempotencyKey } from './idempotency-key.entity.ts';
import type { StoredAnswer } from './idempotency-key.repository.ts';

/** How long a key holds its first answer (docs/PARTNER_API.md); afterwards it counts as never sent. */
export const IDEMPOTENCY_KEY_TTL_MS = 24 * 60 * 60 * 1000;
/**
 * How long a request's claim on a key counts while its mutation runs: far longer than any
 * mutation takes. A claim left behind by a crashed instance lapses then, and a retry runs again.
 */
export const IDEMPOTENCY_CLAIM_MS = 5 * 60 * 1000;
/** Printable ASCII (space to tilde), 1 to 255 characters: a UUID, a ULID or a partner's own id fits. */
const KEY_PATTERN = /^[\x20-\x7e]{1,255}$/;
/** The key ring purpose that encrypts stored answers. */
const ANSWER_KEY = 'idempotency-answer';

/** The header's value as a key, or BAD_USER_INPUT `invalid_idempotency_key`. */
export function checkedIdempotencyKey(value: string, name = 'The Idempotency-Key header'): string {
  if (!KEY_PATTERN.test(value)) throw badInput('invalid_idempotency_key', `${name} must be 1 to 255 printable ASCII characters`);
  return value;
}

/**
 * Whose keys these are: each API token has its own, a user's sessions (and development headers)
 * share theirs. Two partners, or a partner's two tokens, may send the same key independently.
 */
export function keyScopeOf(actor: Actor): string {
  return actor.apiTokenId ? `user:${actor.userId}/token:${actor.apiTokenId}` : `user:${actor.userId}/${actor.via}`;
}

/** What a request asks for: its document, operation name and variables (an upload by its content). */
export interface RequestParams {
  query?: string;
  operationName?: string | null;
  variables?: Record<string, unknown> | null;
}

/**
 * The request's fingerprint: the same key with another fingerprint is a reuse. Object keys are
 * sorted, so a client that builds the same variables in another order is not refused.
 */
export function requestHashOf(params: RequestParams): string {
  const canonical = JSON.stringify([params.query ?? null, params.operationName ?? null, params.variables ?? null], (_key, value: unknown) => {
    if (value instanceof StagedUpload) return { upload: value.file.sha256, name: value.name };
    if (value === null || typeof value !== 'object' || Array.isArray(value)) return value;
    return Object.fromEntries(Object.entries(value).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
  });
  return sha256(canonical);
}

export type KeyedRequest =
  /** This request holds the key: run the mutation, then `recordAnswer`. */
  | { outcome: 'execute'; id: string; holder: string }
  /** The key already answered this request: send that answer again. */
  | { outcome: 'replay'; answer: StoredAnswer };

/**
 * Claims the key for this request, or finds the answer it already got. The same key with another
 * request is CONFLICT `idempotency_key_reused`; while the first request still runs, CONFLICT
 * `idempotency_key_in_progress` (the client retries later and gets the first answer).
 */
export async function claimIdempotencyKey(em: EntityManager, keyring: Keyring, scope: string, key: string, requestHash: string, now = new Date()): Promise<KeyedRequest> {
  const keys = em.fork().getRepository(IdempotencyKey);
  const claim = {
    id: sha256(`${scope}\n${key}`),
    requestHash,
    holder: randomUUID(),
    lockedUntil: new Date(now.getTime() + IDEMPOTENCY_CLAIM_MS),
    expiresAt: new Date(now.getTime() + IDEMPOTENCY_KEY_TTL_MS),
  };
  // A row found expired or lapsed is taken over on the next try; one removed by the sweep in between is inserted.
  for (let attempt = 0; attempt < 3; attempt++) {
    if (await keys.tryClaim(claim, now)) return { outcome: 'execute', id: claim.id, holder: claim.holder };
    const existing = await keys.current(claim.id);
    if (!existing || existing.expiresAt <= now) continue;
    if (existing.requestHash !== requestHash) throw conflict('idempotency_key_reused', 'This Idempotency-Key was already used for another request');
    if (existing.status == null || existing.body == null) {
      if (existing.lockedUntil <= now) continue;
      throw conflict('idempotency_key_in_progress', 'A request with this Idempotency-Key is still running; retry shortly');
    }
    return { outcome: 'replay', answer: { status: existing.status, contentType: existing.contentType ?? null, body: storedBody(keyring, existing.body) } };
  }
  throw conflict('idempotency_key_in_progress', 'A request with this Idempotency-Key is still running; retry shortly');
}

/**
 * Codes that mean the mutation was not carried out for a reason that can change: a server fault,
 * a limit, a sign-in, a permission, consent or step-up. When the mutation itself (or the whole
 * request) failed with one of them, the answer is not kept and a retry with the same key runs again.
 */
const RETRYABLE_CODES: ReadonlySet<string> = new Set<ErrorCode | 'INTERNAL_SERVER_ERROR'>(['INTERNAL_SERVER_ERROR', 'RATE_LIMITED', 'UNAUTHENTICATED', 'FORBIDDEN']);

interface ResultBody {
  data?: Record<string, unknown> | null;
  errors?: { path?: unknown[]; extensions?: { code?: unknown } }[];
}

/**
 * Whether an answer is kept for replays. Every answer is, failures of the request itself included
 * (BAD_USER_INPUT, NOT_FOUND, CONFLICT, GONE: the same request would fail again), and so is any
 * answer where a mutation returned (an error deeper in its selection does not undo it); not kept
 * are 5xx answers, bodies that are no GraphQL result, and answers where a mutation or the request
 * failed with a retryable code (RETRYABLE_CODES).
 */
export function isReplayable(answer: StoredAnswer): boolean {
  if (answer.status >= 500) return false;
  let result: ResultBody;
  try {
    result = JSON.parse(answer.body) as ResultBody;
  } catch {
    return false;
  }
  const errors = result.errors ?? [];
  const mutationReturned = Object.values(result.data ?? {}).some((value) => value !== null) || errors.some((error) => (error.path?.length ?? 0) > 1);
  return mutationReturned || !errors.some((error) => RETRYABLE_CODES.has(String(error.extensions?.code)));
}

/**
 * Keeps the first answer for replays, or releases the key when the answer is not replayable. The
 * body is stored encrypted: answers carry what the caller may read (VINs, the one-time secrets of
 * `createApiToken` and `createWebhookEndpoint`), and a database dump must not reveal them.
 */
export async function recordAnswer(em: EntityManager, keyring: Keyring, claim: { id: string; holder: string }, answer: StoredAnswer): Promise<void> {
  const keys = em.fork().getRepository(IdempotencyKey);
  if (isReplayable(answer)) await keys.storeAnswer(claim.id, claim.holder, { ...answer, body: keyring.encrypt(ANSWER_KEY, answer.body) });
  else await keys.release(claim.id, claim.holder);
}

/**
 * Keeps a result in the caller's transaction (the workshop's `idempotencyKey` argument), so it
 * commits together with the effect it answers: a replay finds either both or neither.
 */
export async function storeResultIn(em: EntityManager, keyring: Keyring, claim: { id: string; holder: string }, result: string): Promise<void> {
  await em.getRepository(IdempotencyKey).storeAnswer(claim.id, claim.holder, { status: 200, contentType: 'application/json', body: keyring.encrypt(ANSWER_KEY, result) });
}

/** Gives a claimed key up without a result (the mutation failed), so a retry runs again. */
export async function releaseIdempotencyKey(em: EntityManager, claim: { id: string; holder: string }): Promise<void> {
  await em.fork().getRepository(IdempotencyKey).release(claim.id, claim.holder);
}

/** Removes expired keys (they already count as absent) every hour, on one instance. */
export const idempotencyKeySweepJob = (orm: Orm): ScheduledJob => ({
  name: 'idempotency_key_sweep',
  everyMs: 60 * 60 * 1000,
  leaseMs: 10 * 60 * 1000,
  run: async () => void (await orm.em.fork().getRepository(IdempotencyKey).removeExpired(new Date())),
});

/** A stored answer's body: decrypted, or as it is when it was kept in clear (before answers were encrypted; a JSON body starts with `{`). */
function storedBody(keyring: Keyring, stored: string): string {
  return stored.startsWith('{') ? stored : keyring.decrypt(ANSWER_KEY, stored);
}

function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}
