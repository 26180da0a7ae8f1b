import { requires } from '../auth/policy.ts';
import { builder } from '../builder.ts';
import { CONSENT_DOCUMENTS, CONSENT_SOURCES } from './consent.entity.ts';
import { acceptConsents, consentStatus, type ConsentStatus, type DocumentConsent } from './consent.service.ts';

const ConsentDocumentEnum = builder.enumType('ConsentDocument', { values: CONSENT_DOCUMENTS });
const ConsentSourceEnum = builder.enumType('ConsentSource', { values: CONSENT_SOURCES });

const DocumentConsentRef = builder.objectRef<DocumentConsent>('DocumentConsent').implement({
  authScopes: requires({ authenticated: true }),
  fields: (t) => ({
    document: t.field({ type: ConsentDocumentEnum, resolve: (doc) => doc.document }),
    currentVersion: t.exposeString('currentVersion'),
    acceptedVersion: t.exposeString('acceptedVersion', { nullable: true }),
    accepted: t.exposeBoolean('accepted'),
    required: t.boolean({ description: 'The current version still has to be accepted.', resolve: (doc) => !doc.accepted }),
  }),
});

const ConsentStatusRef = builder.objectRef<ConsentStatus>('ConsentStatus').implement({
  authScopes: requires({ authenticated: true }),
  fields: (t) => ({
    documents: t.field({ type: [DocumentConsentRef], resolve: (status) => status.documents }),
    complete: t.exposeBoolean('complete'),
  }),
});

builder.queryField('consentStatus', (t) =>
  t.field({
    type: ConsentStatusRef,
    nullable: true,
    authScopes: requires({ authenticated: true }),
    resolve: (_root, _args, context) => consentStatus(context),
  }),
);

builder.mutationField('acceptConsents', (t) =>
  t.field({
    type: ConsentStatusRef,
    authScopes: requires({ authenticated: true }),
    args: {
      termsVersion: t.arg.string({ required: true }),
      privacyVersion: t.arg.string({ required: true }),
      source: t.arg({ type: ConsentSourceEnum, defaultValue: 'api' }),
    },
    resolve: (_root, args, context) =>
      acceptConsents(context, {
        termsVersion: args.termsVersion,
        privacyVersion: args.privacyVersion,
        source: args.source ?? 'api',
      }),
  }),
);
