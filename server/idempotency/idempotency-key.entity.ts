import { defineEntity, p } from '@mikro-orm/sql';
import { IdempotencyKeyRepository } from './idempotency-key.repository.ts';

/**
 * One `Idempotency-Key` a signed-in caller sent with a mutation (docs/PARTNER_API.md): claimed
 * before the mutation runs (the primary key is the unique constraint every instance meets), then
 * holding the first answer for replays until it expires. The key itself is not stored, only a hash
 * of it with the caller's scope.
 */
const IdempotencyKeySchema = defineEntity({
  name: 'IdempotencyKey',
  tableName: 'idempotency_keys',
  repository: () => IdempotencyKeyRepository,
  properties: {
    /** SHA-256 (hex) of the caller's scope and the key. */
    id: p.string().primary(),
    /** SHA-256 (hex) of the request: document, operation name and variables. */
    requestHash: p.string(),
    /** Which request holds the claim while the mutation runs (a random id); null once answered. */
    holder: p.string().nullable(),
    /** Until when the holder's claim counts: a claim left by a crashed instance lapses then. */
    lockedUntil: p.datetime(),
    /** The first answer's HTTP status, content type and body (encrypted); null while the mutation runs. */
    status: p.integer().nullable(),
    contentType: p.string().nullable(),
    body: p.text().nullable(),
    createdAt: p.datetime(),
    /** From then on the key counts as never sent; the sweep removes the row. */
    expiresAt: p.datetime().index(),
  },
});

export class IdempotencyKey extends IdempotencyKeySchema.class {}
IdempotencyKeySchema.setClass(IdempotencyKey);
