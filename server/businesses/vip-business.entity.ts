import { defineEntity, p } from '@mikro-orm/sql';
import { newId } from '../db/ids.ts';
import { VipBusinessRepository, VipBusinessStaffRepository } from './businesses.repository.ts';
import { User } from '../identity/user.entity.ts';

/** SPEC §11.3: a business created by an admin for an owner; active once a superadmin approves it. */
const VipBusinessSchema = defineEntity({
  name: 'VipBusiness',
  tableName: 'vip_businesses',
  repository: () => VipBusinessRepository,
  properties: {
    id: p.string().primary().onCreate(() => newId()),
    name: p.string(),
    owner: () => p.manyToOne(User).mapToPk().index(),
    createdBy: () => p.manyToOne(User).mapToPk(),
    createdAt: p.datetime().onCreate(() => new Date()),
    approvedAt: p.datetime().nullable(),
    approvedBy: () => p.manyToOne(User).mapToPk().nullable(),
  },
});

export class VipBusiness extends VipBusinessSchema.class {}
VipBusinessSchema.setClass(VipBusiness);

/** A staff member of a business (at most two per business). Removal deletes the row; the audit log keeps the history. */
const VipBusinessStaffSchema = defineEntity({
  name: 'VipBusinessStaff',
  tableName: 'vip_business_staff',
  repository: () => VipBusinessStaffRepository,
  uniques: [{ properties: ['business', 'user'] }],
  properties: {
    id: p.string().primary().onCreate(() => newId()),
    business: () => p.manyToOne(VipBusiness).mapToPk(),
    user: () => p.manyToOne(User).mapToPk().index(),
    addedBy: () => p.manyToOne(User).mapToPk(),
    addedAt: p.datetime().onCreate(() => new Date()),
  },
});

export class VipBusinessStaff extends VipBusinessStaffSchema.class {}
VipBusinessStaffSchema.setClass(VipBusinessStaff);
