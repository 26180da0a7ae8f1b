import type { GraphQLResolveInfo } from 'graphql';
import type { AuthFailure, ForbiddenResult } from '@pothos/plugin-scope-auth';
import type { Context } from '../context.ts';
import { isIssuedId } from '../db/ids.ts';
import { isAdminRole, type Role } from '../identity/roles.ts';
import { decidedVehicleAccess, vehicleAccess, type VehicleAccess } from '../vehicles/vehicle-access.ts';
import { canReadDocument, ownsUpload } from '../documents/document-access.ts';
import { inspectionAccess } from '../inspections/inspection-access.ts';
import { denialFor, recordDenial } from './policy.ts';

/**
 * The scopes every type and field declares (SPEC §15). The default strategy is "all": a field
 * with `{ consented: true, admin: true }` needs both, checked in that order.
 */
export interface Scopes {
  /** Anyone, moderators included. Only for the moderator allow-list (login, published articles). */
  public: boolean;
  /** Anyone except a moderator (e.g. the public QR page). */
  notModerator: boolean;
  /** Any signed-in actor (me, logout, consent). */
  authenticated: boolean;
  /** A signed-in non-moderator who accepted the current terms and privacy versions. */
  consented: boolean;
  /** Admin or superadmin. */
  admin: boolean;
  superadmin: boolean;
  /** One of the given roles. */
  roles: readonly Role[];
  /** Object level: the actor owns the vehicle with this id, is org staff for it, or is admin. */
  ownsVehicle: string;
  /** Object level: the actor owns the vehicle with this id in person (not as org staff), or is admin. */
  ownsVehicleInPerson: string;
  /** Object level: the actor may record inspections on the vehicle with this id (inspections/inspection-access.ts). */
  recordsInspection: string;
  /** Object level: the actor may read this document (admin any state; own/org only valid evidence). */
  readsDocument: string;
  /** Object level: the document is an upload to a vehicle the actor owns or is org staff for (admins as such are not owners). */
  ownsUpload: string;
}

export function authScopesFor(context: Context) {
  const actor = context.actor;
  const notModerator = actor?.role !== 'moderator';
  return {
    public: true,
    notModerator,
    authenticated: actor !== null,
    consented: actor !== null && notModerator && actor.consentComplete,
    admin: isAdminRole(actor?.role),
    superadmin: actor?.role === 'superadmin',
    roles: (roles: readonly Role[]) => actor !== null && roles.includes(actor.role),
    ownsVehicle: (vehicleId: string) => fromVehicleAccess(context, vehicleId, (access) => access !== null),
    ownsVehicleInPerson: (vehicleId: string) => fromVehicleAccess(context, vehicleId, (access) => access === 'own' || access === 'admin'),
    recordsInspection: async (vehicleId: string) => (await inspectionAccess(context, vehicleId)) !== null,
    readsDocument: (documentId: string) => canReadDocument(context, documentId),
    ownsUpload: (documentId: string) => ownsUpload(context, documentId),
  };
}

/**
 * An object scope answered by the actor's access to a vehicle: at once when this request has
 * decided it already (a page of the actor's own vehicles), so the vehicle's and its entries' type
 * scopes resolve without a promise each; otherwise after the (batched) lookup.
 */
function fromVehicleAccess(context: Context, vehicleId: string, allows: (access: VehicleAccess) => boolean): boolean | Promise<boolean> {
  const decided = decidedVehicleAccess(context, vehicleId);
  return decided === undefined ? vehicleAccess(context, vehicleId).then(allows) : allows(decided);
}

const HIDDEN_FIELD = new Error('hidden field');

/**
 * Field options for a detail that only some of those who may see its object may read (who
 * uploaded or reviewed a document: admins only). Everyone else gets null, without an error and
 * without an audit event: they asked for their own object, nothing beyond it. Objects the caller
 * may not see at all stay denied (with an error) by their type's scopes before any field runs.
 */
export const nullWhenNotAllowed = {
  // Replaces the audited denial of `unauthorizedError` below; never shown to the client.
  unauthorizedError: () => HIDDEN_FIELD,
  unauthorizedResolver: () => null,
};

/** The error a scope loader threw (e.g. a domain rule), if the first failure carries one. */
function failureError(failure: AuthFailure): Error | null | undefined {
  switch (failure.kind) {
    case 'AuthScope':
    case 'AuthScopeFunction':
      return failure.error;
    case 'AllAuthScopes':
    case 'AnyAuthScopes':
      return failure.failures.length > 0 ? failureError(failure.failures[0]!) : undefined;
    default:
      return undefined;
  }
}

/** Scope names that failed anywhere in a failure tree. */
function failedScopeNames(failure: AuthFailure): string[] {
  if (failure.kind === 'AuthScope') return [failure.scope];
  if (failure.kind === 'AllAuthScopes' || failure.kind === 'AnyAuthScopes') return failure.failures.flatMap(failedScopeNames);
  return [];
}

/**
 * Turns a failed scope check into the contract's error by the policy's ladder (anonymous →
 * moderator → consent → role/object) and records it. Maps are built with `requires`, which puts
 * `consented` first, so a caller without the consents fails on it whatever else the map asks.
 */
export function unauthorizedError(_parent: unknown, context: Context, info: GraphQLResolveInfo, result: ForbiddenResult): Error {
  const error = failureError(result.failure);
  if (error && error.name === 'DomainError') return error;
  const denial = denialFor(context.actor, { consent: failedScopeNames(result.failure).includes('consented'), object: false })!;
  // Object-level denials name the object; the others the type whose field was refused.
  const target = deniedObject(result.failure) ?? { targetType: info.parentType.name };
  recordDenial(context, denial, { ...target, operationName: info.fieldName });
  return denial;
}

/** The object-level scopes and the audit target type their parameter names. */
const OBJECT_SCOPE_TARGETS: Partial<Record<keyof Scopes, string>> = { ownsVehicle: 'vehicle', ownsVehicleInPerson: 'vehicle', recordsInspection: 'vehicle', readsDocument: 'document', ownsUpload: 'document' };

/** The object an object-level scope was denied for (the first in the failure tree), e.g. the vehicle of `vehicleExport`. */
function deniedObject(failure: AuthFailure): { targetType: string; targetId: string | undefined } | undefined {
  if (failure.kind === 'AllAuthScopes' || failure.kind === 'AnyAuthScopes') {
    for (const inner of failure.failures) {
      const found = deniedObject(inner);
      if (found) return found;
    }
    return undefined;
  }
  if (failure.kind !== 'AuthScope') return undefined;
  const targetType = OBJECT_SCOPE_TARGETS[failure.scope as keyof Scopes];
  if (!targetType) return undefined;
  return { targetType, targetId: typeof failure.parameter === 'string' && isIssuedId(failure.parameter) ? failure.parameter : undefined };
}
