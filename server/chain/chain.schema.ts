import { requires } from '../auth/policy.ts';
import { builder } from '../builder.ts';
import { LoaderKey } from '../db/loaders.ts';
import type { RequestScope } from '../request-scope.ts';
import { VehicleRef } from '../vehicles/vehicle.schema.ts';
import type { ChainBreak } from './chain-hash.ts';
import { ChainLink } from './chain-link.entity.ts';
import { verifyChain, type ChainVerification } from './chain.service.ts';

const chainHeadLoader = new LoaderKey<string, string | null>('chainHead');

/** The chain heads of the requested vehicles, batched per request. */
const chainHeadOf = (context: RequestScope) =>
  context.loaders.get(chainHeadLoader, async (ids) => {
    const heads = new Map((await context.em.getRepository(ChainLink).headsOf(ids)).map((row) => [row.vehicle, row.hash]));
    return ids.map((id) => heads.get(id) ?? null);
  });

builder.objectField(VehicleRef, 'chainHead', (t) =>
  t.string({
    nullable: true,
    description: 'The head of the vehicle’s hash chain (hex SHA-256): a fingerprint of its whole history (docs/VERIFICATION.md). Null before the first record.',
    resolve: (vehicle, _args, context) => chainHeadOf(context).load(vehicle.id),
  }),
);

const ChainStatusEnum = builder.enumType('ChainStatus', { values: ['intact', 'broken'] as const });

// Only verifyChain answers these; its own scope decides who gets one.
const ChainBrokenLinkRef = builder.objectRef<ChainBreak>('ChainBrokenLink').implement({
  authScopes: requires({ consented: true }),
  description: 'The first link whose stored hash the stored data no longer gives.',
  fields: (t) => ({
    sequence: t.exposeInt('sequence', { description: 'Position in the chain (1 = first); one past the end for a record that has no link.' }),
    recordType: t.exposeString('recordType', { description: 'entry_version, entry_document, inspection, defect_case or remediation.' }),
    recordId: t.exposeID('recordId', { description: 'The record (for entry_document: the entry version).' }),
    expectedHash: t.exposeString('expectedHash', { nullable: true, description: 'What the stored data hashes to now.' }),
    storedHash: t.exposeString('storedHash', { nullable: true }),
    reason: t.exposeString('reason', { description: 'hash_mismatch, documents_differ, record_missing, sequence_gap or not_in_chain.' }),
  }),
});

const ChainVerificationRef = builder.objectRef<ChainVerification>('ChainVerification').implement({
  authScopes: requires({ consented: true }),
  fields: (t) => ({
    status: t.field({ type: ChainStatusEnum, resolve: (result) => result.status }),
    linkCount: t.exposeInt('linkCount'),
    head: t.exposeString('head', { nullable: true }),
    brokenLink: t.field({ type: ChainBrokenLinkRef, nullable: true, resolve: (result) => result.brokenLink }),
  }),
});

builder.queryField('verifyChain', (t) =>
  t.field({
    type: ChainVerificationRef,
    description: 'Recomputes the vehicle’s hash chain from the stored records and document bytes (owner in person or admin): intact, or the first broken link. Audited.',
    args: { vehicleId: t.arg.id({ required: true }) },
    authScopes: (_root, args) => requires({ consented: true, ownsVehicleInPerson: String(args.vehicleId) }),
    resolve: (_root, args, context) => verifyChain(context, String(args.vehicleId)),
  }),
);
