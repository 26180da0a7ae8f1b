import { builder } from '../builder.ts';
import { REASON_MEANINGS } from '../error-reason-meanings.ts';
import { ERROR_REASONS, type ErrorReason } from '../error-reasons.ts';

// It publishes the catalogue of `extensions.reason` values, each with its meaning, so typed clients
// (and the web app's messages) are generated from the schema like every other type. Fields that
// say in advance why an action would be refused (VehicleAddon.blockedBy) return it too.
export const ErrorReasonEnum = builder.enumType('ErrorReason', {
  description: 'Every value an error can carry in `extensions.reason`, next to `extensions.code` (docs/ERROR_REASONS.md).',
  values: Object.fromEntries((Object.keys(ERROR_REASONS) as ErrorReason[]).map((reason) => [reason, { description: REASON_MEANINGS[reason] }])) as Record<ErrorReason, { description: string }>,
});
