import { builder } from '../builder.ts';
import { ERROR_REASONS } from '../error-reasons.ts';

// It publishes the catalogue of `extensions.reason` values, so typed clients (and the web app's
// messages) are generated from the schema like every other type. Fields that say in advance why an
// action would be refused (VehicleAddon.blockedBy) return it too.
export const ErrorReasonEnum = builder.enumType('ErrorReason', {
  description: 'Every value an error can carry in `extensions.reason`, next to `extensions.code`.',
  values: Object.keys(ERROR_REASONS) as (keyof typeof ERROR_REASONS)[],
});
