import { defineEntity, p } from '@mikro-orm/sql';
import { newId } from '../db/ids.ts';
import { User } from '../identity/user.entity.ts';
import { ConsentRepository } from './consent.repository.ts';

export const CONSENT_DOCUMENTS = ['terms', 'privacy'] as const;
export type ConsentDocument = (typeof CONSENT_DOCUMENTS)[number];
export const CONSENT_SOURCES = ['ui', 'api'] as const;

const ConsentSchema = defineEntity({
  name: 'Consent',
  tableName: 'consents',
  repository: () => ConsentRepository,
  uniques: [{ properties: ['user', 'document', 'version'] }],
  properties: {
    id: p.string().primary().onCreate(() => newId()),
    user: () => p.manyToOne(User).mapToPk().index(),
    document: p.enum(CONSENT_DOCUMENTS),
    version: p.string(),
    acceptedAt: p.datetime().onCreate(() => new Date()),
    source: p.enum(CONSENT_SOURCES),
  },
});

export class Consent extends ConsentSchema.class {}
ConsentSchema.setClass(Consent);
