import { BaseRepository } from '../db/base.repository.ts';
import { Document } from '../documents/document.entity.ts';
import { EntryDocument } from '../entries/entry-document.entity.ts';
import { ServiceEntry } from '../entries/service-entry.entity.ts';
import { DefectCase, InspectionDocument, InspectionEvent, Remediation, RemediationDocument } from '../inspections/inspection.entity.ts';
import type { ChainLink } from './chain-link.entity.ts';

export class ChainLinkRepository extends BaseRepository<ChainLink> {
  /** The vehicle's newest link (its head), or null. */
  async headOf(vehicleId: string): Promise<Pick<ChainLink, 'sequence' | 'hash'> | null> {
    const [row] = await this.templateRows<Pick<ChainLink, 'sequence' | 'hash'>>('headOf', [vehicleId], ([id]) =>
      this.createQueryBuilder('l').select(['sequence', 'hash']).where({ vehicle: id }).orderBy({ sequence: 'desc' }).limit(1),
    );
    return row ?? null;
  }

  /** The heads of these vehicles: one row per vehicle that has a chain, in one statement. */
  headsOf(vehicleIds: readonly string[]): Promise<Pick<ChainLink, 'vehicle' | 'hash'>[]> {
    return this.templateRows('headsOf', vehicleIds, (ids) =>
      this.createQueryBuilder('l')
        .select(['vehicle', 'hash'])
        .where({ vehicle: { $in: [...ids] } })
        .andWhere('l.sequence = (select max(m.sequence) from chain_links m where m.vehicle_id = l.vehicle_id)'),
    );
  }

  /** Every link of the vehicle in chain order. */
  allOfVehicle(vehicleId: string): Promise<ChainLink[]> {
    return this.find({ vehicle: vehicleId }, { orderBy: { sequence: 'asc' } });
  }

  /** Every record the vehicle's chain covers, and which documents each links now (verification and exports). */
  async recordsOfVehicle(vehicleId: string) {
    const em = this.manager;
    return {
      entries: await em.find(ServiceEntry, { vehicle: vehicleId }),
      inspections: await em.find(InspectionEvent, { vehicle: vehicleId }),
      cases: await em.find(DefectCase, { vehicle: vehicleId }),
      remediations: await em.find(Remediation, { vehicle: vehicleId }),
      documentLinks: [
        ...(await em.find(EntryDocument, { entry: { vehicle: vehicleId } } as never)).map((link) => ({ record: link.entry, document: link.document })),
        ...(await em.find(InspectionDocument, { inspection: { vehicle: vehicleId } } as never)).map((link) => ({ record: link.inspection, document: link.document })),
        ...(await em.find(RemediationDocument, { remediation: { vehicle: vehicleId } } as never)).map((link) => ({ record: link.remediation, document: link.document })),
      ],
    };
  }

  /** Documents by id, purged and deleted ones too. */
  documentsByIds(documentIds: readonly string[]): Promise<Document[]> {
    return documentIds.length ? this.manager.find(Document, { id: { $in: [...documentIds] } }) : Promise.resolve([]);
  }
}
