import type { EntityManager } from '@mikro-orm/sql';
import type { Config } from '../config.ts';
import { badInput } from '../errors.ts';
import { actorOf, type RequestScope } from '../request-scope.ts';
import { Consent, type ConsentDocument } from './consent.entity.ts';
import type { ConsentVersions } from './consent.repository.ts';

export interface DocumentConsent {
  document: ConsentDocument;
  currentVersion: string;
  acceptedVersion: string | null;
  /** The current version is accepted. */
  accepted: boolean;
}

export interface ConsentStatus {
  documents: DocumentConsent[];
  /** Both current versions are accepted: product operations are open. */
  complete: boolean;
}

const currentVersion = (config: Config, document: ConsentDocument) => (document === 'terms' ? config.termsVersion : config.privacyVersion);

/** The versions every account must have accepted before using the product (SPEC §1, §3). */
export const currentConsentVersions = (config: Config): ConsentVersions => ({ terms: config.termsVersion, privacy: config.privacyVersion });

/** The signed-in account's consents. */
export async function consentStatus(scope: RequestScope): Promise<ConsentStatus> {
  const { config } = scope.services;
  const records = await scope.em.getRepository(Consent).ofUser(actorOf(scope).userId);
  const documents = (['terms', 'privacy'] as const).map((document): DocumentConsent => {
    const current = currentVersion(config, document);
    const latest = records.find((record) => record.document === document);
    return {
      document,
      currentVersion: current,
      acceptedVersion: latest?.version ?? null,
      accepted: records.some((record) => record.document === document && record.version === current),
    };
  });
  return { documents, complete: documents.every((doc) => doc.accepted) };
}

/**
 * Whether both current versions are accepted: the same answer as `consentStatus(...).complete`,
 * as one count without loading the records. The unique index on (user, document, version) makes a
 * count of 2 mean both. Sessions and API tokens read the same count with their account
 * (`acceptedCurrentColumn`), in the one statement of every signed-in request.
 */
export async function hasCurrentConsents(em: EntityManager, config: Config, userId: string): Promise<boolean> {
  return (await em.getRepository(Consent).acceptedCurrent(userId, currentConsentVersions(config))) === 2;
}

/** Accepts the current versions; a version that is not current is refused (SPEC §3). */
export async function acceptConsents(scope: RequestScope, input: { termsVersion: string; privacyVersion: string; source: 'ui' | 'api' }): Promise<ConsentStatus> {
  const { config } = scope.services;
  if (input.termsVersion !== config.termsVersion) throw badInput('consent_version_not_current', 'The terms version is not the current one');
  if (input.privacyVersion !== config.privacyVersion) throw badInput('consent_version_not_current', 'The privacy version is not the current one');
  const userId = actorOf(scope).userId;
  await scope.em.transactional(async (tem) => {
    for (const [document, version] of [['terms', input.termsVersion], ['privacy', input.privacyVersion]] as const) {
      const existing = await tem.getRepository(Consent).findRecord(userId, document, version);
      if (existing) continue;
      tem.create(Consent, { user: userId, document, version, source: input.source });
      await scope.audit({ action: 'CONSENT_ACCEPTED', targetType: 'user', targetId: userId, scope: 'own', metadata: { document, version, source: input.source } }, tem);
    }
  });
  return consentStatus(scope);
}
