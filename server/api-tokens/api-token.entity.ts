import { defineEntity, p } from '@mikro-orm/sql';
import { newId } from '../db/ids.ts';
import { User } from '../identity/user.entity.ts';
import { ApiTokenRepository } from './api-tokens.repository.ts';

export const API_TOKEN_SCOPES = ['read', 'read_write'] as const;
export type ApiTokenScope = (typeof API_TOKEN_SCOPES)[number];

/** A partner system's token (SPEC §2). The secret is shown once; only its HMAC is stored. */
const ApiTokenSchema = defineEntity({
  name: 'ApiToken',
  tableName: 'api_tokens',
  repository: () => ApiTokenRepository,
  properties: {
    id: p.string().primary().onCreate(() => newId()),
    tokenHmac: p.string().unique(),
    user: () => p.manyToOne(User).mapToPk().index(),
    name: p.string(),
    scope: p.enum(API_TOKEN_SCOPES),
    createdAt: p.datetime().onCreate(() => new Date()),
    expiresAt: p.datetime(),
    lastUsedAt: p.datetime().nullable(),
    revokedAt: p.datetime().nullable(),
  },
});

export class ApiToken extends ApiTokenSchema.class {}
ApiTokenSchema.setClass(ApiToken);
