import { defineEntity, p } from '@mikro-orm/sql';
import { newId } from '../db/ids.ts';
import { SessionRepository } from './identity.repository.ts';
import { User } from './user.entity.ts';

const SessionSchema = defineEntity({
  name: 'Session',
  tableName: 'sessions',
  repository: () => SessionRepository,
  properties: {
    id: p.string().primary().onCreate(() => newId()),
    /** Only the HMAC of the opaque token is stored. */
    tokenHmac: p.string().unique(),
    user: () => p.manyToOne(User).mapToPk().index(),
    createdAt: p.datetime().onCreate(() => new Date()),
    lastSeenAt: p.datetime().onCreate(() => new Date()),
    revokedAt: p.datetime().nullable(),
  },
});

export class Session extends SessionSchema.class {}
SessionSchema.setClass(Session);
