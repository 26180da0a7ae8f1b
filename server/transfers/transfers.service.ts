import type { EntityManager } from '@mikro-orm/sql';
import type { ResolveCursorConnectionArgs } from '@pothos/plugin-relay';
import QRCode from 'qrcode';
import { randomToken } from '../crypto/keyring.ts';
import { conflict, DomainError, forbidden, gone, notFound } from '../errors.ts';
import { actorOf, type RequestScope } from '../request-scope.ts';
import { revokePublicShares } from '../sharing/sharing.service.ts';
import { Vehicle } from '../vehicles/vehicle.entity.ts';
import { assertMayOwnAnotherVehicle } from '../vehicles/vehicle.service.ts';
import { emitWebhookEvent } from '../webhooks/webhooks.service.ts';
import { OwnershipTransfer } from './transfer.entity.ts';

export const TRANSFER_VALIDITY_DAYS = 14;
const DAY_MS = 86_400_000;

export interface CreatedTransfer {
  transfer: OwnershipTransfer;
  /** The secret, shown this once. */
  token: string;
  redeemUrl: string;
  qrCodeSvg: string;
  qrCodePngDataUrl: string;
}

/**
 * Runs `work` in one transaction. A DomainError thrown inside rolls everything back; one returned
 * is thrown after the commit (e.g. a lazily applied expiry must stick although the call fails).
 * Either way the denial is audited.
 */
async function transferTransaction<T>(scope: RequestScope, target: { id?: string }, work: (tem: EntityManager) => Promise<T | DomainError>): Promise<T> {
  let result: T | DomainError;
  try {
    result = await scope.em.transactional(work);
  } catch (error) {
    if (error instanceof DomainError) await auditDenial(scope, error, target.id);
    throw error;
  }
  if (result instanceof DomainError) {
    await auditDenial(scope, result, target.id);
    throw result;
  }
  return result;
}

const auditDenial = (scope: RequestScope, error: DomainError, transferId?: string) =>
  scope.audit({ action: 'HANDOVER_DENIED', result: 'denied', reason: error.reason, targetType: 'transfer', targetId: transferId });

/** Lazy expiry (SPEC §9): an open transfer past its time becomes `expired` when it is next read (in `em`: the request's or a transaction's). */
async function expireIfDue(scope: RequestScope, em: EntityManager, transfer: OwnershipTransfer): Promise<boolean> {
  if (transfer.state !== 'created' || transfer.expiresAt.getTime() > Date.now()) return false;
  transfer.state = 'expired';
  transfer.openForVehicle = null;
  await em.flush();
  await scope.audit({ action: 'HANDOVER_EXPIRED', targetType: 'transfer', targetId: transfer.id, metadata: { vehicleId: transfer.vehicle } }, em);
  return true;
}

/** The transfer the actor started; anything else (foreign or unknown) is FORBIDDEN. */
async function ownTransfer(scope: RequestScope, tem: EntityManager, id: string): Promise<OwnershipTransfer> {
  const transfer = await tem.getRepository(OwnershipTransfer).byId(id);
  if (!transfer || transfer.initiator !== actorOf(scope).userId) throw forbidden();
  return transfer;
}

export async function createTransfer(scope: RequestScope, vehicleId: string): Promise<CreatedTransfer> {
  const { services } = scope;
  const actor = actorOf(scope);
  const token = randomToken();
  const transfer = await transferTransaction(scope, {}, async (tem) => {
    const vehicle = await tem.getRepository(Vehicle).byId(vehicleId);
    // Only the owner hands over; org staff and admins cannot (SPEC §1).
    if (!vehicle || vehicle.owner !== actor.userId) throw forbidden();
    const open = await tem.getRepository(OwnershipTransfer).openForVehicle(vehicleId);
    if (open && !(await expireIfDue(scope, tem, open))) throw conflict('transfer_already_open', 'This vehicle already has an open transfer');
    const created = tem.create(OwnershipTransfer, {
      vehicle: vehicleId,
      initiator: actor.userId,
      tokenHmac: services.keyring.hmac('transfer-token', token),
      openForVehicle: vehicleId,
      expiresAt: new Date(Date.now() + TRANSFER_VALIDITY_DAYS * DAY_MS),
    });
    await tem.flush();
    await scope.audit({ action: 'HANDOVER_CREATED', targetType: 'transfer', targetId: created.id, scope: 'own', metadata: { vehicleId, expiresAt: created.expiresAt } }, tem);
    return created;
  });
  // The secret sits in the URL fragment, which browsers never send to a server or a proxy log.
  const redeemUrl = `${services.config.publicBaseUrl}/uebergabe#token=${token}`;
  return {
    transfer,
    token,
    redeemUrl,
    qrCodeSvg: await QRCode.toString(redeemUrl, { type: 'svg', errorCorrectionLevel: 'M', margin: 2 }),
    qrCodePngDataUrl: await QRCode.toDataURL(redeemUrl, { errorCorrectionLevel: 'M', margin: 2, width: 320 }),
  };
}

/** Extends an open transfer once by another 14 days, counted from its current end. */
export function extendTransfer(scope: RequestScope, id: string): Promise<OwnershipTransfer> {
  return transferTransaction(scope, { id }, async (tem) => {
    const transfer = await ownTransfer(scope, tem, id);
    if (await expireIfDue(scope, tem, transfer)) return gone('transfer_expired');
    if (transfer.state === 'expired') throw gone('transfer_expired');
    if (transfer.state !== 'created') throw conflict('transfer_not_open', 'The transfer is no longer open');
    if (transfer.extendedAt) throw conflict('transfer_already_extended', 'A transfer can be extended only once');
    transfer.extendedAt = new Date();
    transfer.expiresAt = new Date(transfer.expiresAt.getTime() + TRANSFER_VALIDITY_DAYS * DAY_MS);
    await tem.flush();
    await scope.audit({ action: 'HANDOVER_EXTENDED', targetType: 'transfer', targetId: id, scope: 'own', metadata: { expiresAt: transfer.expiresAt } }, tem);
    return transfer;
  });
}

export function cancelTransfer(scope: RequestScope, id: string): Promise<OwnershipTransfer> {
  return transferTransaction(scope, { id }, async (tem) => {
    const transfer = await ownTransfer(scope, tem, id);
    if (await expireIfDue(scope, tem, transfer)) return gone('transfer_expired');
    if (transfer.state === 'expired') throw gone('transfer_expired');
    if (transfer.state !== 'created') throw conflict('transfer_not_open', 'The transfer is no longer open');
    transfer.state = 'cancelled';
    transfer.cancelledAt = new Date();
    transfer.openForVehicle = null;
    await tem.flush();
    await scope.audit({ action: 'HANDOVER_CANCELLED', targetType: 'transfer', targetId: id, scope: 'own' }, tem);
    return transfer;
  });
}

/**
 * Redeems a transfer (SPEC §9). In one transaction: the transfer is claimed with a conditional
 * update (so of two concurrent redeems exactly one wins), the vehicle changes owner (the old owner
 * loses access; history and documents stay with the vehicle) and the public share is revoked.
 */
export function redeemTransfer(scope: RequestScope, token: string): Promise<OwnershipTransfer> {
  const actor = actorOf(scope);
  return transferTransaction(scope, {}, async (tem) => {
    const transfers = tem.getRepository(OwnershipTransfer);
    const transfer = await transfers.byTokenHmac(scope.services.keyring.hmacCandidates('transfer-token', token));
    if (!transfer) throw notFound('transfer_not_found');
    if (await expireIfDue(scope, tem, transfer)) return gone('transfer_expired');
    if (transfer.state === 'expired') throw gone('transfer_expired');
    if (transfer.state !== 'created') throw conflict('transfer_not_redeemable', 'This transfer cannot be redeemed');
    // The vehicle exists: a foreign key.
    const vehicle = (await tem.getRepository(Vehicle).byId(transfer.vehicle))!;
    if (vehicle.owner === actor.userId) throw conflict('transfer_not_redeemable', 'The vehicle already belongs to you');
    await assertMayOwnAnotherVehicle(tem, actor.userId, actor.role);

    if (!(await transfers.claimForRedeem(transfer.id, actor.userId, new Date()))) {
      throw conflict('transfer_not_redeemable', 'This transfer cannot be redeemed');
    }
    const previousOwner = vehicle.owner;
    vehicle.owner = actor.userId;
    await tem.flush();
    // The old public link stops working; the new owner decides whether and when to share again.
    const sharesRevoked = await revokePublicShares(tem, vehicle.id);
    await scope.audit(
      {
        action: 'HANDOVER_COMPLETED',
        targetType: 'transfer',
        targetId: transfer.id,
        metadata: { vehicleId: vehicle.id, targetUserId: previousOwner, count: sharesRevoked },
      },
      tem,
    );
    await emitWebhookEvent(tem, 'transfer.completed', { vehicleId: vehicle.id, transferId: transfer.id, state: 'redeemed' }, previousOwner);
    return tem.refreshOrFail(transfer);
  });
}

/** A transfer's status, for its initiator and its redeemer only; expiry applied on read. */
export async function transferStatus(scope: RequestScope, id: string): Promise<OwnershipTransfer> {
  const actor = actorOf(scope);
  const transfer = await scope.em.getRepository(OwnershipTransfer).byId(id);
  if (!transfer || (transfer.initiator !== actor.userId && transfer.redeemedBy !== actor.userId)) throw forbidden();
  await expireIfDue(scope, scope.em, transfer);
  return transfer;
}

/** Transfers the actor started or redeemed (of one vehicle, if given), newest first; open ones past their time are expired on the way. */
export async function myTransfers(scope: RequestScope, page: ResolveCursorConnectionArgs, vehicleId?: string | null): Promise<OwnershipTransfer[]> {
  const transfers = await scope.em.getRepository(OwnershipTransfer).pageOfParticipant(actorOf(scope).userId, page, vehicleId);
  for (const transfer of transfers) await expireIfDue(scope, scope.em, transfer);
  return transfers;
}
