// The baseline for the public QR query: the bare driver (bare-database.ts) doing the same work as
// `publicVehicle(token)` (token HMAC lookup under every key version joined to the vehicle, latest
// entries, their document links, the vehicle's documents, the same trust engine and public view)
// without GraphQL, ORM or middleware. `npm run bench` serves it with the per-IP rate limit in
// front; `npm run bench:load` serves the bare lookup from a child process (bench/load-bare.ts).
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Config } from '../server/config.ts';
import type { Keyring } from '../server/crypto/keyring.ts';
import { MemoryRateLimiter } from '../server/rate-limits/memory-rate-limiter.ts';
import { publicView } from '../server/sharing/sharing.service.ts';
import { trustSummary, type DocumentFacts, type EntryFacts, type TrustInput } from '../server/trust/trust.ts';
import type { AccidentStatus } from '../server/vehicles/vehicle.entity.ts';
import { openBareDatabase, type BareDatabase, type Row } from './bare-database.ts';

/** The public lookup done by hand: answers the public view, or null for an unavailable token. */
export function publicLookup(db: BareDatabase, keyring: Keyring) {
  const vehicleByToken = `select v.id, v.make, v.model, v.build_year, v.vehicle_class, v.accident_status, v.accident_trust_completed, v.physical_service_book
       from public_shares s join vehicles v on v.id = s.vehicle_id
      where s.token_hmac = ? and s.revoked_at is null`;
  const entries = 'select id, date, type, performed_by, odometer_km, withdrawn from service_entries where vehicle_id = ? and is_latest = true';
  const links = 'select l.entry_id, l.document_id from entry_documents l join service_entries e on e.id = l.entry_id where e.vehicle_id = ? and e.is_latest = true';
  const documents = 'select id, approval_status, scan_status, pii_status, sha256, deleted_at from documents where vehicle_id = ?';
  const openCases = "select count(*) as open from defect_cases where vehicle_id = ? and status = 'IN_PROGRESS'";
  // Booleans are 0/1 on SQLite and true/false on PostgreSQL; datetimes epoch milliseconds or Dates.
  const flag = (value: unknown) => value === 1 || value === true;
  return async (token: string) => {
    if (!/^[A-Za-z0-9_-]{32}$/.test(token)) return null;
    let row: Row | undefined;
    for (const hmac of keyring.hmacCandidates('share-token', token)) {
      row = (await db.all(vehicleByToken, [hmac]))[0];
      if (row) break;
    }
    if (!row) return null;
    const linkRows = (await db.all(links, [row.id])) as { entry_id: string; document_id: string }[];
    const entryRows = await db.all(entries, [row.id]);
    const documentRows = await db.all(documents, [row.id]);
    const openCaseRows = await db.all(openCases, [row.id]);
    const linked = new Map<string, string[]>();
    for (const link of linkRows) linked.set(link.entry_id, [...(linked.get(link.entry_id) ?? []), link.document_id]);
    const input: TrustInput = {
      vehicle: { accidentStatus: row.accident_status as AccidentStatus, accidentTrustCompleted: flag(row.accident_trust_completed), physicalServiceBook: flag(row.physical_service_book) },
      entries: entryRows.map(
        (entry): EntryFacts => ({
          date: entry.date as string,
          type: entry.type as EntryFacts['type'],
          performedBy: entry.performed_by as EntryFacts['performedBy'],
          odometerKm: entry.odometer_km as number,
          withdrawn: flag(entry.withdrawn),
          linkedDocumentIds: linked.get(entry.id as string) ?? [],
        }),
      ),
      documents: documentRows.map(
        (document): DocumentFacts => ({
          id: document.id as string,
          approvalStatus: document.approval_status as DocumentFacts['approvalStatus'],
          scanStatus: document.scan_status as DocumentFacts['scanStatus'],
          piiStatus: document.pii_status as DocumentFacts['piiStatus'],
          sha256: document.sha256 as string,
          deletedAt: document.deleted_at == null ? null : new Date(document.deleted_at as number | Date),
        }),
      ),
      openDefectCases: Number(openCaseRows[0]?.open ?? 0),
    };
    return publicView(
      { make: row.make as string, model: row.model as string, buildYear: row.build_year as number | null, vehicleClass: row.vehicle_class as never },
      trustSummary(input, { vip: false }),
    );
  };
}

/** `npm run bench`'s baseline: the lookup behind the same per-IP rate limit as the server. */
export async function startBareHandler(config: Config, keyring: Keyring): Promise<{ url: string; label: string; close: () => Promise<void> }> {
  const db = openBareDatabase(config);
  const lookup = publicLookup(db, keyring);
  const rateLimiter = new MemoryRateLimiter();
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', async () => {
      if (!(await rateLimiter.hit('public_ip', keyring.hmac('rate-limit', req.socket.remoteAddress ?? ''), config.rateLimits.publicPerIp))) {
        res.writeHead(429).end();
        return;
      }
      const token = String(JSON.parse(Buffer.concat(chunks).toString()).variables?.token ?? '');
      void lookup(token).then((publicVehicle) => res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ data: { publicVehicle } })));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`,
    label: db.label,
    close: async () => {
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
      await db.close();
    },
  };
}
