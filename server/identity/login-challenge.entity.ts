import { defineEntity, p } from '@mikro-orm/sql';
import { newId } from '../db/ids.ts';
import { LoginChallengeRepository } from './identity.repository.ts';
import { User } from './user.entity.ts';

export const CHALLENGE_PURPOSES = ['login', 'step_up'] as const;
export type ChallengePurpose = (typeof CHALLENGE_PURPOSES)[number];

const LoginChallengeSchema = defineEntity({
  name: 'LoginChallenge',
  tableName: 'login_challenges',
  repository: () => LoginChallengeRepository,
  properties: {
    id: p.string().primary().onCreate(() => newId()),
    purpose: p.enum(CHALLENGE_PURPOSES),
    emailHmac: p.string().index(),
    /** Kept encrypted so the account can be created on first successful login. */
    emailEncrypted: p.text(),
    /** Set for step-up challenges: the admin who must answer it. */
    user: () => p.manyToOne(User).mapToPk().nullable(),
    /** Extra binding for step-up challenges (the scope asked for). */
    scope: p.string().nullable(),
    codeHmac: p.string(),
    failedAttempts: p.integer().default(0),
    createdAt: p.datetime().onCreate(() => new Date()),
    expiresAt: p.datetime(),
    consumedAt: p.datetime().nullable(),
    lockedAt: p.datetime().nullable(),
  },
});

export class LoginChallenge extends LoginChallengeSchema.class {}
LoginChallengeSchema.setClass(LoginChallenge);
