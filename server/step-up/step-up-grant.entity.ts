import { defineEntity, p } from '@mikro-orm/sql';
import { newId } from '../db/ids.ts';
import { User } from '../identity/user.entity.ts';
import { StepUpGrantRepository } from './step-up.repository.ts';

/** SPEC §2: the sensitive admin actions that need a fresh proof of possession. */
export const STEP_UP_SCOPES = ['role_grant', 'moderator_accredit', 'vip_business_approve', 'vip_business_staff', 'export_full'] as const;
export type StepUpScope = (typeof STEP_UP_SCOPES)[number];

/** A one-time step-up token, bound to one admin and one scope. Only its HMAC is stored. */
const StepUpGrantSchema = defineEntity({
  name: 'StepUpGrant',
  tableName: 'step_up_grants',
  repository: () => StepUpGrantRepository,
  properties: {
    id: p.string().primary().onCreate(() => newId()),
    tokenHmac: p.string().unique(),
    user: () => p.manyToOne(User).mapToPk().index(),
    scope: p.enum(STEP_UP_SCOPES),
    createdAt: p.datetime().onCreate(() => new Date()),
    expiresAt: p.datetime(),
    consumedAt: p.datetime().nullable(),
  },
});

export class StepUpGrant extends StepUpGrantSchema.class {}
StepUpGrantSchema.setClass(StepUpGrant);
