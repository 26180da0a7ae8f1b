import { VipBusiness, VipBusinessStaff } from '../server/businesses/vip-business.entity.ts';
import type { TestServer } from './harness.ts';

/**
 * A VIP business of `ownerId` with `staffId` as staff, written directly (the GraphQL path with
 * application, admin approval and invitation has its own tests): staff then act on the owner's
 * vehicles. `approved: false` leaves it unapproved; `by` is who approved and added (default the owner).
 */
export async function businessWithStaff(server: TestServer, ownerId: string, staffId: string, options: { approved?: boolean; by?: string } = {}): Promise<void> {
  const by = options.by ?? ownerId;
  const approved = options.approved ?? true;
  const em = server.app.services.orm.em.fork();
  const business = em.create(VipBusiness, { name: 'Autohaus Demo', owner: ownerId, createdBy: by, approvedAt: approved ? new Date() : null, approvedBy: approved ? by : null });
  em.create(VipBusinessStaff, { business: business.id, user: staffId, addedBy: by });
  await em.flush();
}
