import { defineEntity, p } from '@mikro-orm/sql';
import { newId } from '../db/ids.ts';
import { Vehicle } from '../vehicles/vehicle.entity.ts';
import { CHAIN_RECORD_TYPES } from './chain-hash.ts';
import { ChainLinkRepository } from './chain.repository.ts';

/**
 * One link of a vehicle's hash chain (SPEC §22, docs/VERIFICATION.md): the hash of one entry
 * version, inspection, defect case, remediation or later document link, in the vehicle's order.
 * Append-only. The unique (vehicle, sequence) keeps the chain from forking even if two writers got
 * past the vehicle's row lock.
 */
const ChainLinkSchema = defineEntity({
  name: 'ChainLink',
  tableName: 'chain_links',
  repository: () => ChainLinkRepository,
  uniques: [{ properties: ['vehicle', 'sequence'] }],
  properties: {
    id: p.string().primary().onCreate(() => newId()),
    vehicle: () => p.manyToOne(Vehicle).mapToPk(),
    /** 1, 2, 3, … per vehicle. */
    sequence: p.integer(),
    recordType: p.enum(CHAIN_RECORD_TYPES),
    /** The record's id (for entry_document: the entry version's). */
    recordId: p.string().index(),
    /**
     * The documents this link hashed, as JSON [{"id", "sha256"}]: what a later purge (SPEC §6
     * retention) removes from the document can still be recomputed, and which links count.
     */
    documents: p.text(),
    /** 64 lowercase hex characters. */
    hash: p.string(),
    createdAt: p.datetime().onCreate(() => new Date()),
  },
});

export class ChainLink extends ChainLinkSchema.class {}
ChainLinkSchema.setClass(ChainLink);

export type LinkedDocument = { id: string; sha256: string };
export const documentsOf = (link: Pick<ChainLink, 'documents'>): LinkedDocument[] => JSON.parse(link.documents) as LinkedDocument[];
