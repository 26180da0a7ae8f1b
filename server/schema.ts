// The GraphQL schema: every domain's *.schema.ts registers its types on the builder. Only imports.
import { builder } from './builder.ts';
import './identity/identity.schema.ts';
import './consent/consent.schema.ts';
import './cms/cms.schema.ts';
import './addons/addons.schema.ts';
import './trust-folders/trust-folders.schema.ts';
import './transfers/transfers.schema.ts';
import './exports/exports.schema.ts';

export const schema = builder.toSchema({ sortSchema: true });
