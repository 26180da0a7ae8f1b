import type { ResolveCursorConnectionArgs } from '@pothos/plugin-relay';
import { writeAudit } from '../audit/audit.ts';
import type { Context } from '../context.ts';
import { loader } from '../db/loaders.ts';
import { badInput, conflict, notFound, type DomainError } from '../errors.ts';
import { characterCount } from '../text.ts';
import { User } from '../identity/user.entity.ts';
import { consumeStepUp, type StepUpContext } from '../step-up/step-up.service.ts';
import { VipBusiness, VipBusinessStaff } from './vip-business.entity.ts';

/** SPEC §11.3: at most two staff per business. */
export const MAX_STAFF = 2;

async function refuse(context: StepUpContext, action: string, error: DomainError, businessId: string, staffUserId?: string): Promise<never> {
  await writeAudit(context.em, context, { action, result: 'denied', reason: error.reason, targetType: 'vip_business', targetId: businessId, metadata: { staffUserId } });
  throw error;
}

/** An admin creates a business for an owner; it stays inactive until a superadmin approves it. */
export async function createVipBusiness(context: StepUpContext, input: { ownerId: string; name: string }): Promise<VipBusiness> {
  const { em } = context;
  const name = input.name.trim();
  if (name.length < 1 || characterCount(name) > 120) throw badInput('invalid_business_name', 'The name must have 1 to 120 characters');
  const owner = await em.findOne(User, { id: input.ownerId });
  if (!owner) throw notFound('user_not_found');
  if (owner.role === 'moderator') throw badInput('invalid_owner', 'A moderator cannot own a business');
  const business = em.create(VipBusiness, { name, owner: owner.id, createdBy: context.actor!.userId });
  await em.persist(business).flush();
  await writeAudit(em, context, { action: 'VIP_BUSINESS_CREATED', targetType: 'vip_business', targetId: business.id, metadata: { userId: owner.id } });
  return business;
}

export async function approveVipBusiness(context: StepUpContext, input: { businessId: string; stepUpToken?: string | null }): Promise<VipBusiness> {
  const business = await context.em.findOne(VipBusiness, { id: input.businessId });
  if (!business) return refuse(context, 'VIP_BUSINESS_APPROVED', notFound('business_not_found'), input.businessId);
  if (business.approvedAt) return refuse(context, 'VIP_BUSINESS_APPROVED', conflict('already_approved', 'The business is already approved'), business.id);
  const approvedAt = new Date();
  await context.em.transactional(async (tem) => {
    await consumeStepUp({ ...context, em: tem }, input.stepUpToken, 'vip_business_approve');
    await tem.nativeUpdate(VipBusiness, { id: business.id }, { approvedAt, approvedBy: context.actor!.userId });
    await writeAudit(tem, context, { action: 'VIP_BUSINESS_APPROVED', targetType: 'vip_business', targetId: business.id });
  });
  Object.assign(business, { approvedAt, approvedBy: context.actor!.userId });
  return business;
}

export async function addVipBusinessStaff(context: StepUpContext, input: { businessId: string; userId: string; stepUpToken?: string | null }): Promise<VipBusiness> {
  const action = 'VIP_BUSINESS_STAFF_ADDED';
  const business = await context.em.findOne(VipBusiness, { id: input.businessId });
  if (!business) return refuse(context, action, notFound('business_not_found'), input.businessId, input.userId);
  if (!business.approvedAt) return refuse(context, action, badInput('business_not_approved', 'The business is not approved yet'), business.id, input.userId);
  const staff = await context.em.findOne(User, { id: input.userId });
  if (!staff) return refuse(context, action, notFound('user_not_found'), business.id, input.userId);
  if (staff.id === business.owner) return refuse(context, action, badInput('staff_is_owner', 'The owner cannot be staff of their own business'), business.id, staff.id);
  if (staff.role === 'moderator') return refuse(context, action, badInput('invalid_staff', 'A moderator cannot be staff'), business.id, staff.id);
  // The limit is checked and the row inserted in one transaction: SQLite serialises writers, so two
  // parallel additions cannot both see one free place.
  const error = await context.em.transactional(async (tem): Promise<DomainError | null> => {
    const current = await tem.find(VipBusinessStaff, { business: business.id }, { fields: ['id', 'user'] });
    if (current.some((row) => row.user === staff.id)) return conflict('already_staff', 'The account is already staff of this business');
    if (current.length >= MAX_STAFF) return conflict('staff_limit_reached', `A business has at most ${MAX_STAFF} staff`);
    await consumeStepUp({ ...context, em: tem }, input.stepUpToken, 'vip_business_staff');
    tem.create(VipBusinessStaff, { business: business.id, user: staff.id, addedBy: context.actor!.userId });
    await tem.flush();
    await writeAudit(tem, context, { action, targetType: 'vip_business', targetId: business.id, metadata: { staffUserId: staff.id } });
    return null;
  });
  if (error) return refuse(context, action, error, business.id, staff.id);
  return business;
}

export async function removeVipBusinessStaff(context: StepUpContext, input: { businessId: string; userId: string; stepUpToken?: string | null }): Promise<VipBusiness> {
  const action = 'VIP_BUSINESS_STAFF_REMOVED';
  const business = await context.em.findOne(VipBusiness, { id: input.businessId });
  if (!business) return refuse(context, action, notFound('business_not_found'), input.businessId, input.userId);
  const membership = { business: business.id, user: input.userId };
  if ((await context.em.count(VipBusinessStaff, membership)) === 0) return refuse(context, action, notFound('staff_not_found'), business.id, input.userId);
  await context.em.transactional(async (tem) => {
    await consumeStepUp({ ...context, em: tem }, input.stepUpToken, 'vip_business_staff');
    await tem.nativeDelete(VipBusinessStaff, membership);
    await writeAudit(tem, context, { action, targetType: 'vip_business', targetId: business.id, metadata: { staffUserId: input.userId } });
  });
  return business;
}

export function listVipBusinesses(context: StepUpContext, page: ResolveCursorConnectionArgs): Promise<VipBusiness[]> {
  return context.em.getRepository(VipBusiness).page(page);
}

/** The staff of each business, one query for all businesses in the response. */
export function staffOf(context: Pick<Context, 'em' | 'loaders'>, businessId: string): Promise<User[]> {
  return loader<string, User[]>(context, 'vipBusinessStaff', async (businessIds) => {
    const rows = await context.em.find(VipBusinessStaff, { business: { $in: [...businessIds] } }, { orderBy: { addedAt: 'asc' } });
    const users = await context.em.find(User, { id: { $in: [...new Set(rows.map((row) => row.user))] } });
    const byId = new Map(users.map((user) => [user.id, user]));
    return businessIds.map((id) => rows.filter((row) => row.business === id).flatMap((row) => byId.get(row.user) ?? []));
  }).load(businessId);
}

/**
 * The owners whose vehicles the actor may act on as approved staff ("org" scope, SPEC §11.3):
 * staff of an approved business act with its owner's rights. One query per request.
 */
export function orgOwnerIds(context: Pick<Context, 'em' | 'loaders'>, userId: string): Promise<ReadonlySet<string>> {
  return loader<string, ReadonlySet<string>>(context, 'orgOwnersOfStaff', async (userIds) => {
    const staffRows = await context.em.find(VipBusinessStaff, { user: { $in: [...userIds] } }, { fields: ['id', 'user', 'business'] });
    const approved = staffRows.length === 0
      ? []
      : await context.em.find(VipBusiness, { id: { $in: staffRows.map((row) => row.business) }, approvedAt: { $ne: null } }, { fields: ['id', 'owner'] });
    const ownerOf = new Map(approved.map((business) => [business.id, business.owner]));
    return userIds.map((id) => new Set(staffRows.filter((row) => row.user === id).flatMap((row) => ownerOf.get(row.business) ?? [])));
  }).load(userId);
}
