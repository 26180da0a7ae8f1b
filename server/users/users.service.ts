import type { ResolveCursorConnectionArgs } from '@pothos/plugin-relay';
import { revokeTokensOfDemotedUser } from '../api-tokens/api-tokens.service.ts';
import type { AuditAction } from '../audit/audit-actions.ts';
import { conflict, forbidden, notFound, type DomainError } from '../errors.ts';
import { normaliseEmail } from '../identity/email.ts';
import type { Role } from '../identity/roles.ts';
import { User } from '../identity/user.entity.ts';
import { actorOf, type RequestScope } from '../request-scope.ts';
import { consumeStepUp } from '../step-up/step-up.service.ts';

/**
 * Admin user list, newest accounts first. `search` matches a full email address (through its
 * lookup HMAC, the address itself is never stored in clear), an account id, or part of the
 * masked address (e.g. the domain).
 */
export function listUsers(scope: RequestScope, filter: { search?: string | null; role?: Role | null }, page: ResolveCursorConnectionArgs): Promise<User[]> {
  const search = filter.search?.trim();
  let emailHmacs: string[] | undefined;
  if (search) {
    try {
      emailHmacs = scope.services.keyring.hmacCandidates('email-lookup', normaliseEmail(search));
    } catch {
      // Not an email address: id and masked-address matches only.
    }
  }
  return scope.em.getRepository(User).page({ role: filter.role, id: search || undefined, maskedContains: search || undefined, emailHmacs }, page);
}

type RoleChange =
  | { kind: 'grant'; role: Role }
  | { kind: 'revoke' }
  | { kind: 'accredit_moderator' }
  | { kind: 'revoke_moderator' };

const AUDIT_ACTION: Record<RoleChange['kind'], AuditAction> = {
  grant: 'ROLE_GRANTED',
  revoke: 'ROLE_REVOKED',
  accredit_moderator: 'MODERATOR_ACCREDITED',
  revoke_moderator: 'MODERATOR_REVOKED',
};

/** The role after the change, or the reason it is refused (checked before any step-up is spent). */
function nextRole(actor: { role: Role }, target: User, change: RoleChange): Role | DomainError {
  const newRole: Role = change.kind === 'grant' ? change.role : change.kind === 'accredit_moderator' ? 'moderator' : 'user';
  if ((newRole === 'superadmin' || target.role === 'superadmin') && actor.role !== 'superadmin') return forbidden('superadmin_required', 'Only a superadmin grants or revokes superadmin');
  // Moderators come and go only through accreditation (its own step-up scope).
  const moderatorInvolved = newRole === 'moderator' || target.role === 'moderator';
  if (moderatorInvolved && (change.kind === 'grant' || change.kind === 'revoke')) return conflict('moderator_accreditation_required', 'Use moderator accreditation for moderators');
  if (change.kind === 'accredit_moderator' && target.role !== 'user') return conflict('role_conflict', 'Only accounts with the role user can be accredited');
  if (change.kind === 'revoke_moderator' && target.role !== 'moderator') return conflict('not_a_moderator', 'The account is not a moderator');
  if (newRole === target.role) return conflict('role_unchanged', 'The account already has this role');
  return newRole;
}

/**
 * Grants or revokes a role (step-up `role_grant`) or a moderator accreditation (step-up
 * `moderator_accredit`). The role is read from the account on every request, so the change
 * applies to the user's next request, including open sessions; a role that may not hold API
 * tokens revokes the user's tokens in the same transaction.
 */
export async function changeRole(scope: RequestScope, input: { userId: string; stepUpToken?: string | null; change: RoleChange }): Promise<User> {
  const { em } = scope;
  const actor = actorOf(scope);
  const action = AUDIT_ACTION[input.change.kind];
  const refuse = async (error: DomainError): Promise<never> => {
    await scope.audit({ action, result: 'denied', reason: error.reason, targetType: 'user', targetId: input.userId });
    throw error;
  };
  if (input.userId === actor.userId) return refuse(forbidden('own_role_change', 'Nobody changes their own role'));
  const target = await em.getRepository(User).byId(input.userId);
  if (!target) return refuse(notFound('user_not_found'));
  const outcome = nextRole(actor, target, input.change);
  if (typeof outcome !== 'string') return refuse(outcome);
  const previousRole = target.role;
  const stepUpScope = input.change.kind === 'grant' || input.change.kind === 'revoke' ? 'role_grant' : 'moderator_accredit';
  await em.transactional(async (tem) => {
    await consumeStepUp(scope, tem, input.stepUpToken, stepUpScope);
    await tem.getRepository(User).setRole(target.id, outcome);
    await revokeTokensOfDemotedUser(scope, tem, target.id, outcome);
    await scope.audit({ action, targetType: 'user', targetId: target.id, metadata: { previousRole, newRole: outcome } }, tem);
  });
  target.role = outcome;
  return target;
}
