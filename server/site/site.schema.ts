import { requires } from '../auth/policy.ts';
import { builder } from '../builder.ts';
import { GREEN_HINT, TRUST_DISCLAIMER } from '../trust/trust.ts';
import type { Operator } from './operator.ts';

const OperatorRef = builder.objectRef<Operator>('Operator').implement({
  authScopes: requires({ public: true }),
  description: 'Who operates the service (§ 5 DDG), from LTC_OPERATOR_*.',
  fields: (t) => ({
    demo: t.exposeBoolean('demo', { description: 'Example data of a development or test server, never of production.' }),
    name: t.exposeString('name', { description: 'Name with legal form.' }),
    representative: t.exposeString('representative', { nullable: true, description: 'Who represents the company.' }),
    street: t.exposeString('street'),
    postalCode: t.exposeString('postalCode'),
    city: t.exposeString('city'),
    country: t.exposeString('country'),
    email: t.exposeString('email'),
    phone: t.exposeString('phone'),
    register: t.exposeString('register', { nullable: true, description: 'Register court and number.' }),
    vatId: t.exposeString('vatId', { nullable: true, description: 'Umsatzsteuer-Identifikationsnummer.' }),
    contentResponsible: t.exposeString('contentResponsible', { description: 'Responsible for the content (§ 18 Abs. 2 MStV), name and address.' }),
  }),
});

interface Site {
  operator: Operator;
}

const SiteRef = builder.objectRef<Site>('Site').implement({
  authScopes: requires({ public: true }),
  description: 'What the public pages show besides data: the operator and the fixed copy of the trust light.',
  fields: (t) => ({
    operator: t.field({ type: OperatorRef, resolve: (site) => site.operator }),
    trustDisclaimer: t.string({ description: 'SPEC §7: shown verbatim wherever the light is shown.', resolve: () => TRUST_DISCLAIMER }),
    trustGreenHint: t.string({ description: 'The hint of a green light (for examples of the light).', resolve: () => GREEN_HINT }),
  }),
});

builder.queryField('site', (t) =>
  t.field({
    type: SiteRef,
    authScopes: requires({ public: true }),
    description: 'Operator details and the fixed copy of the public pages.',
    resolve: (_root, _args, context) => ({ operator: context.services.config.operator }),
  }),
);
