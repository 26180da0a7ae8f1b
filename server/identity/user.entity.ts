import { defineEntity, p } from '@mikro-orm/sql';
import { newId } from '../db/ids.ts';
import { UserRepository } from '../users/users.repository.ts';
import { ROLES } from './roles.ts';

const UserSchema = defineEntity({
  name: 'User',
  tableName: 'users',
  repository: () => UserRepository,
  properties: {
    id: p.string().primary().onCreate(() => newId()),
    /** Versioned HMAC of the normalised email, for lookup without storing it in clear. */
    emailHmac: p.string().unique(),
    /** AES-GCM ciphertext of the email; only read to send mail. */
    emailEncrypted: p.text(),
    /** Masked form for admin lists ("a***@example.org"); never the full address. */
    emailMasked: p.string(),
    role: p.enum(ROLES).default('user'),
    createdAt: p.datetime().onCreate(() => new Date()),
    lastLoginAt: p.datetime().nullable(),
    /** Reminder digests by mail (SPEC §20): on unless the account switched them off or unsubscribed. */
    remindersEnabled: p.boolean().default(true),
  },
});

export class User extends UserSchema.class {}
UserSchema.setClass(User);
