// The offline check of an export's hash chain (`npm run verify:export`): no database, no server.
import { firstBrokenExportedLink, instant, type ChainBreak, type ExportedChainLink } from './chain-hash.ts';

export interface ExportCheck {
  vehicleId: string;
  linkCount: number;
  head: string | null;
  brokenLink: ChainBreak | null;
}

type Body = Record<string, unknown>;
/** Which fields of an export's record lists the chain's records hold too (export name → record name). */
const SAME_FIELDS: Record<string, [string, string][]> = {
  entries: [['groupId', 'groupId'], ['version', 'version'], ['date', 'date'], ['type', 'entryType'], ['performedBy', 'performedBy'], ['odometerKm', 'odometerKm'],
    ['odometerReplaced', 'odometerReplaced'], ['costCents', 'costCents'], ['declaredTrustLevel', 'declaredTrustLevel'], ['withdrawn', 'withdrawn'], ['createdAt', 'createdAt']],
  inspections: [['source', 'source'], ['result', 'result'], ['occurredAt', 'occurredAt'], ['odometerKm', 'odometerKm'], ['createdAt', 'createdAt']],
  defectCases: [['inspectionId', 'inspectionId'], ['openedAt', 'openedAt']],
  remediations: [['defectCaseId', 'defectCaseId'], ['result', 'result'], ['occurredAt', 'occurredAt'], ['odometerKm', 'odometerKm'], ['createdAt', 'createdAt']],
};
const TIME_FIELDS = new Set(['createdAt', 'occurredAt', 'openedAt']);

/**
 * Checks a vehicle export (redacted, or a decrypted full one): the chain recomputed link by link
 * from its inputs, then every record the export lists against its link's record, so neither the
 * chain nor the records can be edited alone. Throws when the file is no vehicle export with a chain.
 */
export function checkVehicleExport(exported: Body): ExportCheck {
  const chain = exported.chain as { vehicleId?: string; links?: ExportedChainLink[] } | undefined;
  const vehicleId = (exported.vehicle as Body | undefined)?.id;
  if (exported.kind !== 'vehicle' || !chain?.links || typeof vehicleId !== 'string') throw new Error('not a vehicle export with a hash chain');
  const links = chain.links;
  const result = (brokenLink: ChainBreak | null): ExportCheck => ({ vehicleId, linkCount: links.length, head: links.at(-1)?.hash ?? null, brokenLink });
  const broken = firstBrokenExportedLink(vehicleId, links);
  if (broken) return result(broken);
  const linkOf = new Map(links.filter((link) => link.recordType !== 'entry_document').map((link) => [link.recordId, link]));
  for (const [list, fields] of Object.entries(SAME_FIELDS)) {
    for (const record of (exported[list] as Body[] | undefined) ?? []) {
      const link = linkOf.get(record.id as string);
      const at = link ? { sequence: link.sequence, recordType: link.recordType, recordId: link.recordId, storedHash: link.hash, expectedHash: link.hash } : null;
      if (!at) return result({ sequence: links.length + 1, recordType: list, recordId: String(record.id), expectedHash: null, storedHash: null, reason: 'not_in_chain' });
      if (link!.record.id !== record.id) return result({ ...at, reason: 'record_differs_from_chain' });
      for (const [field, recordField] of fields) {
        // A full export names a reference by the property (`inspection`), the redacted one with `Id`.
        const value = record[field] ?? record[field.replace(/Id$/, '')] ?? null;
        const listed = TIME_FIELDS.has(field) && value !== null ? instant(value as string) : value;
        if (listed !== (link!.record[recordField] ?? null)) return result({ ...at, reason: `record_differs_from_chain:${field}` });
      }
    }
  }
  return result(null);
}
