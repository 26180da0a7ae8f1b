import type { ResolveCursorConnectionArgs } from '@pothos/plugin-relay';
import type { RequestScope } from '../request-scope.ts';
import { groupBy, LoaderKey } from '../db/loaders.ts';
import { vehicleAccess } from '../vehicles/vehicle-access.ts';
import { Document, isValidEvidence } from './document.entity.ts';

const documentByIdLoader = new LoaderKey<string, Document | null>('documentById');
const documentsPageLoader = new LoaderKey<string, Document[]>('documents:page');

/** Documents by id, batched per request; null for unknown ids. */
export const documentById = (context: RequestScope) =>
  context.loaders.get(documentByIdLoader, async (ids) => {
    const documents = await context.em.getRepository(Document).byIds(ids);
    const byId = new Map(documents.map((doc) => [doc.id, doc]));
    return ids.map((id) => byId.get(id) ?? null);
  });

/** One page of each vehicle's uploads (deleted ones left out), newest first, paged in the database: one query per level and page. */
export const documentPageOf = (context: RequestScope, page: ResolveCursorConnectionArgs) =>
  context.loaders.forPage(documentsPageLoader, page, async (vehicleIds) =>
    groupBy(vehicleIds, await context.em.getRepository(Document).livePagesOfVehicles(vehicleIds, page), (doc) => doc.vehicle),
  );

/**
 * May the actor read this document's content (metadata via `document(id)` and the download)?
 * SPEC §6: admins any state; owners and org staff only valid evidence of their vehicles; nobody a
 * purged file. Unknown ids answer false exactly like foreign ones (no existence oracle).
 */
export async function canReadDocument(context: RequestScope, documentId: string): Promise<boolean> {
  const doc = await documentById(context).load(documentId);
  return doc !== null && mayReadDocument(context, doc);
}

/** The same check for a document already loaded (lists). */
export async function mayReadDocument(context: RequestScope, doc: Document): Promise<boolean> {
  if (doc.purgedAt) return false;
  const access = await vehicleAccess(context, doc.vehicle);
  if (access === 'admin') return true;
  return access !== null && isValidEvidence(doc);
}

/**
 * Is this a live upload to a vehicle the actor owns (or acts on as org staff)? Admins are not
 * owners here: they review documents, they do not tidy up an owner's uploads. Unknown and
 * deleted ids answer false like foreign ones.
 */
export async function ownsUpload(context: RequestScope, documentId: string): Promise<boolean> {
  const doc = await documentById(context).load(documentId);
  if (!doc || doc.deletedAt) return false;
  const access = await vehicleAccess(context, doc.vehicle);
  return access === 'own' || access === 'org';
}
