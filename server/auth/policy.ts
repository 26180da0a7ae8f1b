import type { AuditEntry } from '../audit/audit.ts';
import { forbidden, unauthenticated, type DomainError } from '../errors.ts';
import type { Role } from '../identity/roles.ts';
import { logSecurityEvent } from '../logging/security-events.ts';
import type { RequestScope } from '../request-scope.ts';
import type { StepUpScope } from '../step-up/step-up-grant.entity.ts';
import type { Actor } from './actor.ts';
import type { Scopes } from './scopes.ts';

/**
 * The authorization policy: who is refused, with which reason, and how a refusal is recorded.
 * Every gate (scope-auth, the pre-validation guards, the upload gate, the download route, step-up)
 * asks `denialFor` and records with `recordDenial`; docs/ARCHITECTURE.md "Where a rule lives".
 */

/** What a rule asks of the caller. Steps left out pass. */
export interface Requirement {
  /** Moderators may pass (the allow-listed root fields, SPEC §1); otherwise they are confined. */
  moderators?: boolean;
  /** The current terms and privacy versions must be accepted (SPEC §1). */
  consent: boolean;
  /** Only these roles pass. */
  roles?: readonly Role[];
  /** The object step, already decided: false when the actor may not act on the object. */
  object?: boolean;
}

/**
 * The denial ladder, one order for every gate: anonymous → moderator confinement → consent →
 * role → object. The first step that fails is the answer, so a caller learns the most basic
 * thing missing (sign in, then accept the terms) before anything about roles or objects.
 */
export function denialFor(actor: Actor | null, requirement: Requirement): DomainError | null {
  if (!actor) return unauthenticated();
  if (actor.role === 'moderator' && !requirement.moderators) return forbidden('moderator_confined');
  if (requirement.consent && !actor.consentComplete) return forbidden('consent_required');
  if (requirement.roles && !requirement.roles.includes(actor.role)) return forbidden();
  if (requirement.object === false) return forbidden();
  return null;
}

/** The ladder with an object check that needs a lookup: it runs only when every step before it passes. */
export async function denialForObject(actor: Actor | null, requirement: Requirement, mayAccess: () => Promise<boolean>): Promise<DomainError | null> {
  return denialFor(actor, requirement) ?? denialFor(actor, { ...requirement, object: await mayAccess() });
}

/** What a denial concerned, for the audit trail. */
export interface DenialTarget {
  targetType?: string;
  targetId?: string;
  /** The GraphQL field or the route's operation, e.g. documentDownload. */
  operationName?: string;
  /** Routes outside GraphQL only: the route for the security-event log line (GraphQL answers are logged by useSecurityEventLog). */
  route?: string;
}

/**
 * Records a denial: CONSENT_REQUIRED_BLOCK for the consent gate, ACCESS_DENIED for everything
 * else, written in the background on a fresh fork so it is kept when the request's own work rolls
 * back; routes outside GraphQL also get their security-event log line here.
 */
export function recordDenial(scope: Pick<RequestScope, 'audit' | 'actor' | 'requestId' | 'services'>, denial: DomainError, target: DenialTarget = {}): void {
  const { operationName, route, ...object } = target;
  const entry: AuditEntry = {
    action: denial.reason === 'consent_required' ? 'CONSENT_REQUIRED_BLOCK' : 'ACCESS_DENIED',
    result: 'denied',
    reason: denial.reason,
    ...object,
    ...(operationName ? { metadata: { operationName } } : {}),
  };
  scope.audit.inBackground(entry);
  if (route) {
    logSecurityEvent(scope.services.logger, { code: denial.code, reason: denial.reason, requestId: scope.requestId, operationName, path: route, role: scope.actor?.role });
  }
}

/** Signed-in non-moderators with the current consents: every product feature (SPEC §1). */
export const CONSENTED: Requirement = { consent: true };

/**
 * A scope map with `consented` first. Pothos checks a map's boolean scopes in key order and stops
 * at the first that fails, so a caller without the consents always fails on `consented` and
 * learns `consent_required` (SPEC §1), whichever other scope (admin, superadmin) the map lists.
 * Every `authScopes` in the schema is built with it.
 */
export function requires<M extends Partial<Scopes>>(map: M): M {
  if (!('consented' in map)) return map;
  const { consented, ...rest } = map;
  return { consented, ...rest } as M;
}

/** SPEC §1: partner API tokens are for vip, dealer, admin and superadmin accounts (an account that loses the role has its tokens revoked). */
export const API_TOKEN_ROLES: readonly Role[] = ['vip', 'dealer', 'admin', 'superadmin'];

/** SPEC §1: admins may not write ownership transfers; every other non-moderator role may. */
export const TRANSFER_ROLES: readonly Role[] = ['user', 'vip', 'dealer', 'superadmin'];

/** SPEC §13: who writes CMS drafts (identity-level, no consent gate: docs/DECISIONS.md). */
export const CMS_EDITOR_ROLES: readonly Role[] = ['moderator', 'admin', 'superadmin'];

/**
 * Who may ask for which step-up: approving businesses, managing staff and the full export are
 * superadmin-only actions (SPEC §1), so an admin never holds a token for them.
 */
export const STEP_UP_ROLES: Readonly<Record<StepUpScope, readonly Role[]>> = {
  role_grant: ['admin', 'superadmin'],
  moderator_accredit: ['admin', 'superadmin'],
  vip_business_approve: ['superadmin'],
  vip_business_staff: ['superadmin'],
  export_full: ['superadmin'],
};

/**
 * Whether the actor may hold a step-up for `scope`. Step-up proves possession of the mailbox: a
 * session is required, an API token never qualifies. A role outside the table learns
 * `superadmin_required` for the superadmin-only scopes, plain `forbidden` for the others.
 */
export function stepUpDenial(actor: Actor, scope: StepUpScope): DomainError | null {
  if (actor.via === 'api_token') return forbidden('session_required');
  const roles = STEP_UP_ROLES[scope];
  if (!roles.includes(actor.role)) return forbidden(roles.includes('admin') ? 'forbidden' : 'superadmin_required');
  return null;
}
