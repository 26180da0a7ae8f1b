import { requires } from '../auth/policy.ts';
import { builder } from '../builder.ts';
import { AccidentStatusEnum, VehicleRef } from '../vehicles/vehicle.schema.ts';
import { TrustLevelEnum } from '../entries/entry.schema.ts';
import { trustSummaryFor } from './trust-summaries.ts';
import { REASON_CODES, type TrustReason, type TrustSummary } from './trust.ts';

export const TrustLightEnum = builder.enumType('TrustLight', { values: ['gruen', 'gelb', 'orange', 'rot'] as const });
export const VerificationLevelEnum = builder.enumType('VerificationLevel', { values: ['hoch', 'mittel', 'niedrig'] as const });
export const PresenceStatusEnum = builder.enumType('PresenceStatus', { values: ['vorhanden', 'nicht_vorhanden'] as const });
const TrustReasonCodeEnum = builder.enumType('TrustReasonCode', { values: REASON_CODES });
const TrustSeverityEnum = builder.enumType('TrustSeverity', { values: ['warn', 'cap', 'block'] as const });

const TrustReasonRef = builder.objectRef<TrustReason>('TrustReason').implement({
  authScopes: requires({ consented: true }),
  fields: (t) => ({
    code: t.field({ type: TrustReasonCodeEnum, resolve: (reason) => reason.code }),
    severity: t.field({ type: TrustSeverityEnum, resolve: (reason) => reason.severity }),
    hint: t.exposeString('hint'),
  }),
});

/** The Trust-Ampel of a vehicle for its owner (or org staff, or an admin). */
const TrustSummaryRef = builder.objectRef<TrustSummary>('TrustSummary').implement({
  authScopes: requires({ consented: true }),
  fields: (t) => ({
    light: t.field({ type: TrustLightEnum, resolve: (summary) => summary.light }),
    hint: t.exposeString('hint'),
    reasons: t.field({ type: [TrustReasonRef], description: 'Sorted by priority, then code.', resolve: (summary) => summary.reasons }),
    todos: t.field({ type: [TrustReasonRef], description: 'From gelb on: vip sees the top three, everyone else all.', resolve: (summary) => summary.todos }),
    verificationLevel: t.field({ type: VerificationLevelEnum, resolve: (summary) => summary.verificationLevel }),
    historyStatus: t.field({ type: PresenceStatusEnum, resolve: (summary) => summary.historyStatus }),
    evidenceStatus: t.field({ type: PresenceStatusEnum, resolve: (summary) => summary.evidenceStatus }),
    accidentStatus: t.field({ type: AccidentStatusEnum, resolve: (summary) => summary.accidentStatus }),
    accidentStatusLabel: t.exposeString('accidentStatusLabel'),
    bestLevel: t.field({ type: TrustLevelEnum, nullable: true, resolve: (summary) => summary.bestLevel }),
    disclaimer: t.exposeString('disclaimer'),
  }),
});

builder.objectField(VehicleRef, 'trustSummary', (t) =>
  t.field({
    type: TrustSummaryRef,
    resolve: (vehicle, _args, context) => trustSummaryFor(context, vehicle),
  }),
);
