import SchemaBuilder from '@pothos/core';
import ScopeAuthPlugin from '@pothos/plugin-scope-auth';
import { describe, expect, it, vi } from 'vitest';
import type { AuditEntry } from '../audit/audit.ts';
import type { DomainError } from '../errors.ts';
import type { Role } from '../identity/roles.ts';
import type { Actor } from './actor.ts';
import { assertEveryFieldScoped, scopeDeclarationsPlugin } from './assert-scoped.ts';
import { denialFor, denialForObject, recordDenial, requires, stepUpDenial, type Requirement } from './policy.ts';

const actor = (role: Role, consentComplete = true, via: Actor['via'] = 'session'): Actor => ({ userId: 'u1', role, via, consentComplete });
const answer = (denial: DomainError | null) => (denial ? `${denial.code}/${denial.reason}` : 'allowed');

/** A requirement every step of which fails for a consent-less moderator on a foreign object. */
const EVERYTHING: Requirement = { consent: true, roles: ['superadmin'], object: false };

describe('the denial ladder', () => {
  it('answers with the first step that fails: anonymous, moderator, consent, role, object', () => {
    expect(answer(denialFor(null, EVERYTHING))).toBe('UNAUTHENTICATED/authentication_required');
    expect(answer(denialFor(actor('moderator', false), EVERYTHING))).toBe('FORBIDDEN/moderator_confined');
    expect(answer(denialFor(actor('admin', false), EVERYTHING))).toBe('FORBIDDEN/consent_required');
    expect(answer(denialFor(actor('admin'), EVERYTHING))).toBe('FORBIDDEN/forbidden');
    expect(answer(denialFor(actor('superadmin'), EVERYTHING))).toBe('FORBIDDEN/forbidden');
    expect(answer(denialFor(actor('superadmin'), { ...EVERYTHING, object: true }))).toBe('allowed');
  });

  it('lets moderators pass only where allowed, and without consent only where none is needed', () => {
    expect(answer(denialFor(actor('moderator'), { consent: false }))).toBe('FORBIDDEN/moderator_confined');
    expect(answer(denialFor(actor('moderator'), { consent: false, moderators: true }))).toBe('allowed');
    expect(answer(denialFor(actor('user', false), { consent: false }))).toBe('allowed');
    expect(answer(denialFor(actor('user', false), { consent: true }))).toBe('FORBIDDEN/consent_required');
  });

  it('looks the object up only when every step before it passes', async () => {
    const lookup = vi.fn(async () => false);
    expect(answer(await denialForObject(null, { consent: true }, lookup))).toBe('UNAUTHENTICATED/authentication_required');
    expect(answer(await denialForObject(actor('user', false), { consent: true }, lookup))).toBe('FORBIDDEN/consent_required');
    expect(lookup).not.toHaveBeenCalled();
    expect(answer(await denialForObject(actor('user'), { consent: true }, lookup))).toBe('FORBIDDEN/forbidden');
    expect(answer(await denialForObject(actor('user'), { consent: true }, async () => true))).toBe('allowed');
    expect(lookup).toHaveBeenCalledTimes(1);
  });
});

describe('step-up roles', () => {
  it('needs a session, then a role of the table; superadmin-only scopes say so', () => {
    expect(answer(stepUpDenial(actor('superadmin', true, 'api_token'), 'role_grant'))).toBe('FORBIDDEN/session_required');
    expect(answer(stepUpDenial(actor('admin'), 'role_grant'))).toBe('allowed');
    expect(answer(stepUpDenial(actor('admin'), 'export_full'))).toBe('FORBIDDEN/superadmin_required');
    expect(answer(stepUpDenial(actor('user'), 'moderator_accredit'))).toBe('FORBIDDEN/forbidden');
    expect(answer(stepUpDenial(actor('superadmin'), 'vip_business_staff'))).toBe('allowed');
  });
});

describe('recordDenial', () => {
  const scopeWith = (written: AuditEntry[]) => ({
    actor: actor('user', false),
    requestId: 'r1',
    audit: Object.assign(async () => undefined, { inBackground: (entry: AuditEntry) => void written.push(entry) }),
    services: { logger: { warn: vi.fn() } } as never,
  });

  it('writes CONSENT_REQUIRED_BLOCK for the consent gate and ACCESS_DENIED for the rest, in the background', () => {
    const written: AuditEntry[] = [];
    const scope = scopeWith(written);
    recordDenial(scope, denialFor(scope.actor, { consent: true })!, { targetType: 'document', targetId: 'd1', operationName: 'documentDownload' });
    recordDenial(scope, denialFor(null, { consent: true })!);
    expect(written).toEqual([
      { action: 'CONSENT_REQUIRED_BLOCK', result: 'denied', reason: 'consent_required', targetType: 'document', targetId: 'd1', metadata: { operationName: 'documentDownload' } },
      { action: 'ACCESS_DENIED', result: 'denied', reason: 'authentication_required' },
    ]);
  });

  it('logs the security event only for routes outside GraphQL (GraphQL answers are logged from the response)', () => {
    const scope = scopeWith([]);
    const warn = (scope.services as unknown as { logger: { warn: ReturnType<typeof vi.fn> } }).logger.warn;
    recordDenial(scope, denialFor(scope.actor, { consent: true })!, { operationName: 'document' });
    expect(warn).not.toHaveBeenCalled();
    recordDenial(scope, denialFor(scope.actor, { consent: true })!, { operationName: 'documentDownload', route: '/documents/:id' });
    expect(warn).toHaveBeenCalledWith('security_forbidden', expect.objectContaining({ reason: 'consent_required', path: '/documents/:id', role: 'user', requestId: 'r1' }));
  });
});

describe('scope maps', () => {
  it('put consented first, whatever order they were written in', () => {
    expect(Object.keys(requires({ admin: true, consented: true }))).toEqual(['consented', 'admin']);
    expect(Object.keys(requires({ ownsVehicle: 'v1', roles: ['user'], consented: true }))).toEqual(['consented', 'ownsVehicle', 'roles']);
    expect(requires({ public: true })).toEqual({ public: true });
  });
});

describe('deny by default', () => {
  it('names every root field and object type that declares no auth scopes', () => {
    const builder = new SchemaBuilder<{ AuthScopes: { public: boolean } }>({
      plugins: [ScopeAuthPlugin, scopeDeclarationsPlugin],
      scopeAuth: { authScopes: () => ({ public: true }) },
    });
    const Scoped = builder.objectRef<{ id: string }>('Scoped').implement({ authScopes: { public: true }, fields: (t) => ({ id: t.exposeID('id') }) });
    const Unscoped = builder.objectRef<{ id: string }>('Unscoped').implement({ fields: (t) => ({ id: t.exposeID('id') }) });
    builder.queryType({
      fields: (t) => ({
        scoped: t.field({ type: Scoped, authScopes: { public: true }, resolve: () => ({ id: '1' }) }),
        unscoped: t.field({ type: Unscoped, resolve: () => ({ id: '2' }) }),
      }),
    });
    expect(() => assertEveryFieldScoped(builder.toSchema())).toThrow('Fields and types without auth scopes (deny by default): Query.unscoped, Unscoped');
  });
});
