import type { EntityManager } from '@mikro-orm/sql';
import type { ResolveCursorConnectionArgs } from '@pothos/plugin-relay';
import type { AuditAction } from '../audit/audit-actions.ts';
import { LoaderKey } from '../db/loaders.ts';
import { badInput, conflict, DomainError, notFound } from '../errors.ts';
import { characterCount } from '../text.ts';
import { User } from '../identity/user.entity.ts';
import { actorOf, type RequestScope } from '../request-scope.ts';
import { consumeStepUp } from '../step-up/step-up.service.ts';
import { VipBusiness, VipBusinessStaff } from './vip-business.entity.ts';

const vipBusinessStaffLoader = new LoaderKey<string, User[]>('vipBusinessStaff');
const orgOwnersOfStaffLoader = new LoaderKey<string, ReadonlySet<string>>('orgOwnersOfStaff');

/** SPEC §11.3: at most two staff per business. */
export const MAX_STAFF = 2;

async function refuse(scope: RequestScope, action: AuditAction, error: DomainError, businessId: string, staffUserId?: string): Promise<never> {
  await scope.audit({ action, result: 'denied', reason: error.reason, targetType: 'vip_business', targetId: businessId, metadata: { staffUserId } });
  throw error;
}

/** An admin creates a business for an owner; it stays inactive until a superadmin approves it. */
export async function createVipBusiness(scope: RequestScope, input: { ownerId: string; name: string }): Promise<VipBusiness> {
  const { em } = scope;
  const name = input.name.trim();
  if (name.length < 1 || characterCount(name) > 120) throw badInput('invalid_business_name', 'The name must have 1 to 120 characters');
  const owner = await em.getRepository(User).byId(input.ownerId);
  if (!owner) throw notFound('user_not_found');
  if (owner.role === 'moderator') throw badInput('invalid_owner', 'A moderator cannot own a business');
  const business = em.create(VipBusiness, { name, owner: owner.id, createdBy: actorOf(scope).userId });
  await em.persist(business).flush();
  await scope.audit({ action: 'VIP_BUSINESS_CREATED', targetType: 'vip_business', targetId: business.id, metadata: { userId: owner.id } });
  return business;
}

/**
 * Changes a business in one transaction with its row locked until the end (lockForUpdate): parallel
 * changes of one business run one after another and each checks what the one before committed, so
 * of two additions for the last free place one is refused. `change` returns a refusal, which is
 * audited as denied after the transaction, or null once it wrote the change; a step-up is spent
 * only with the change it confirms.
 */
async function changeLockedBusiness(
  scope: RequestScope,
  action: AuditAction,
  input: { businessId: string; userId?: string },
  change: (tem: EntityManager, business: VipBusiness) => Promise<DomainError | null>,
): Promise<VipBusiness> {
  const outcome = await scope.em.transactional(async (tem) => {
    const business = await tem.getRepository(VipBusiness).lockForUpdate(input.businessId);
    if (!business) return notFound('business_not_found');
    const refusal = await change(tem, business);
    if (!refusal) await scope.audit({ action, targetType: 'vip_business', targetId: business.id, metadata: input.userId ? { staffUserId: input.userId } : undefined }, tem);
    return refusal ?? business;
  });
  if (outcome instanceof DomainError) return refuse(scope, action, outcome, input.businessId, input.userId);
  return outcome;
}

export function approveVipBusiness(scope: RequestScope, input: { businessId: string; stepUpToken?: string | null }): Promise<VipBusiness> {
  return changeLockedBusiness(scope, 'VIP_BUSINESS_APPROVED', { businessId: input.businessId }, async (tem, business) => {
    if (business.approvedAt) return conflict('already_approved', 'The business is already approved');
    await consumeStepUp(scope, tem, input.stepUpToken, 'vip_business_approve');
    tem.assign(business, { approvedAt: new Date(), approvedBy: actorOf(scope).userId });
    await tem.flush();
    return null;
  });
}

export function addVipBusinessStaff(scope: RequestScope, input: { businessId: string; userId: string; stepUpToken?: string | null }): Promise<VipBusiness> {
  return changeLockedBusiness(scope, 'VIP_BUSINESS_STAFF_ADDED', input, async (tem, business) => {
    if (!business.approvedAt) return badInput('business_not_approved', 'The business is not approved yet');
    const staff = await tem.getRepository(User).byId(input.userId);
    if (!staff) return notFound('user_not_found');
    if (staff.id === business.owner) return badInput('staff_is_owner', 'The owner cannot be staff of their own business');
    if (staff.role === 'moderator') return badInput('invalid_staff', 'A moderator cannot be staff');
    const current = await tem.getRepository(VipBusinessStaff).userIdsOf(business.id);
    if (current.includes(staff.id)) return conflict('already_staff', 'The account is already staff of this business');
    if (current.length >= MAX_STAFF) return conflict('staff_limit_reached', `A business has at most ${MAX_STAFF} staff`);
    await consumeStepUp(scope, tem, input.stepUpToken, 'vip_business_staff');
    tem.create(VipBusinessStaff, { business: business.id, user: staff.id, addedBy: actorOf(scope).userId });
    await tem.flush();
    return null;
  });
}

export function removeVipBusinessStaff(scope: RequestScope, input: { businessId: string; userId: string; stepUpToken?: string | null }): Promise<VipBusiness> {
  return changeLockedBusiness(scope, 'VIP_BUSINESS_STAFF_REMOVED', input, async (tem, business) => {
    // Removed first: a step-up that fails below rolls the removal back.
    if (!(await tem.getRepository(VipBusinessStaff).remove(business.id, input.userId))) return notFound('staff_not_found');
    await consumeStepUp(scope, tem, input.stepUpToken, 'vip_business_staff');
    return null;
  });
}

export function listVipBusinesses(scope: RequestScope, page: ResolveCursorConnectionArgs): Promise<VipBusiness[]> {
  return scope.em.getRepository(VipBusiness).page(page);
}

/** The staff of each business, one query for all businesses in the response. */
export function staffOf(scope: RequestScope, businessId: string): Promise<User[]> {
  return scope.loaders.get(vipBusinessStaffLoader, async (businessIds) => {
    const rows = await scope.em.getRepository(VipBusinessStaff).ofBusinesses(businessIds);
    const users = await scope.em.getRepository(User).byIds([...new Set(rows.map((row) => row.user))]);
    const byId = new Map(users.map((user) => [user.id, user]));
    return businessIds.map((id) => rows.filter((row) => row.business === id).flatMap((row) => byId.get(row.user) ?? []));
  }).load(businessId);
}

/**
 * The owners whose vehicles the actor may act on as approved staff ("org" scope, SPEC §11.3):
 * staff of an approved business act with its owner's rights. One query per request.
 */
export function orgOwnerIds(scope: RequestScope, userId: string): Promise<ReadonlySet<string>> {
  return scope.loaders.get(orgOwnersOfStaffLoader, async (userIds) => {
    const staffRows = await scope.em.getRepository(VipBusinessStaff).ofUsers(userIds);
    const approved = staffRows.length === 0 ? [] : await scope.em.getRepository(VipBusiness).approvedOwners(staffRows.map((row) => row.business));
    const ownerOf = new Map(approved.map((business) => [business.id, business.owner]));
    return userIds.map((id) => new Set(staffRows.filter((row) => row.user === id).flatMap((row) => ownerOf.get(row.business) ?? [])));
  }).load(userId);
}
