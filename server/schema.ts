// The GraphQL schema: every domain's *.schema.ts registers its types on the builder. Only imports.
import { builder } from './builder.ts';
import './identity/identity.schema.ts';
import './consent/consent.schema.ts';
import './vehicles/vehicle.schema.ts';
import './entries/entry.schema.ts';
import './inspections/inspection.schema.ts';
import './trust/trust.schema.ts';
import './sharing/sharing.schema.ts';
import './step-up/step-up.schema.ts';
import './users/users.schema.ts';
import './businesses/businesses.schema.ts';
import './api-tokens/api-tokens.schema.ts';
import './webhooks/webhooks.schema.ts';
import './audit/audit-log.schema.ts';
import './documents/document.schema.ts';
import './cms/cms.schema.ts';
import './addons/addons.schema.ts';
import './trust-folders/trust-folders.schema.ts';
import './transfers/transfers.schema.ts';
import './exports/exports.schema.ts';
import './workshop/workshop.schema.ts';
import './site/site.schema.ts';
import './graphql/error-reason.schema.ts';
import './statistics/statistics.schema.ts';
import './plan/plan.schema.ts';

export const schema = builder.toSchema({ sortSchema: true });
