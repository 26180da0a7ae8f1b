import type { ResolveCursorConnectionArgs } from '@pothos/plugin-relay';
import type { AddonKey } from '../addons/addon-config.entity.ts';
import { markAddonEnabled, withAddonGate } from '../addons/addons.service.ts';
import { newId } from '../db/ids.ts';
import { Document } from '../documents/document.entity.ts';
import { EARLIEST_EVENT_DATE } from '../entries/entry-rules.ts';
import { PERFORMED_BY, type PerformedBy } from '../entries/service-entry.entity.ts';
import { badInput, notFound } from '../errors.ts';
import { actorOf, type RequestScope } from '../request-scope.ts';
import { characterCount } from '../text.ts';
import { TrustFolder, TrustFolderStage, TrustFolderStageDocument, type StageDocumentRole } from './trust-folder.entity.ts';

const PICTURE_TYPES: readonly string[] = ['image/png', 'image/jpeg'];

/** Creates a folder under the vehicle; passes the add-on gate first and enables the add-on. */
export async function createTrustFolder(scope: RequestScope, vehicleId: string, key: AddonKey, rawTitle: string): Promise<TrustFolder> {
  const title = validTitle(rawTitle);
  return withAddonGate(scope, vehicleId, key, async (tem, vehicle) => {
    await markAddonEnabled(tem, vehicleId, key);
    const folder = tem.create(TrustFolder, { vehicle: vehicleId, owner: vehicle.owner, addonKey: key, title, createdBy: actorOf(scope).userId });
    await tem.flush();
    await scope.audit({ action: 'ADDON_TRUST_FOLDER_CREATED', targetType: 'vehicle', targetId: vehicleId, metadata: { addonKey: key, folderId: folder.id } }, tem);
    return folder;
  });
}

function validTitle(rawTitle: string): string {
  const title = rawTitle.trim();
  if (title.length === 0 || characterCount(title) > 200) throw badInput('invalid_title', 'Title: 1 to 200 characters');
  return title;
}

/** Renames a folder that is not deleted (owner or admin; the schema checks who). */
export async function renameTrustFolder(scope: RequestScope, folderId: string, rawTitle: string): Promise<TrustFolder> {
  const title = validTitle(rawTitle);
  return changeLiveFolder(scope, folderId, 'ADDON_TRUST_FOLDER_RENAMED', (folder) => {
    folder.title = title;
  });
}

/** Soft-deletes a folder: it leaves every list; its stages and links stay (owner or admin). */
export async function deleteTrustFolder(scope: RequestScope, folderId: string): Promise<TrustFolder> {
  return changeLiveFolder(scope, folderId, 'ADDON_TRUST_FOLDER_DELETED', (folder) => {
    folder.deletedAt = new Date();
  });
}

async function changeLiveFolder(scope: RequestScope, folderId: string, action: 'ADDON_TRUST_FOLDER_RENAMED' | 'ADDON_TRUST_FOLDER_DELETED', change: (folder: TrustFolder) => void): Promise<TrustFolder> {
  return scope.em.transactional(async (tem) => {
    // Locked: a rename racing a delete never brings a deleted folder back into a list.
    const folder = await tem.getRepository(TrustFolder).lockForUpdate(folderId);
    if (!folder || folder.deletedAt) throw notFound('trust_folder_not_found');
    change(folder);
    await tem.flush();
    await scope.audit({ action, targetType: 'vehicle', targetId: folder.vehicle, metadata: { addonKey: folder.addonKey, folderId } }, tem);
    return folder;
  });
}

export interface StageInput {
  name: string;
  /** "YYYY-MM-DD", not in the future. */
  date: string;
  performedBy: string;
  /** Euros, at most two decimals. */
  cost?: number | null;
  documentIds?: readonly string[] | null;
  beforePictureIds?: readonly string[] | null;
  afterPictureIds?: readonly string[] | null;
}

function validDate(value: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  const date = match ? new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]))) : null;
  if (!date || date.toISOString().slice(0, 10) !== value) throw badInput('invalid_date', 'Date: YYYY-MM-DD');
  if (value > new Date().toISOString().slice(0, 10)) throw badInput('date_in_future', 'The date may not be in the future');
  if (value < EARLIEST_EVENT_DATE) throw badInput('date_too_early', `The date may not be before ${EARLIEST_EVENT_DATE}`);
  return value;
}

function costInCents(cost: number | null | undefined): number | null {
  if (cost === null || cost === undefined) return null;
  const cents = Math.round(cost * 100);
  if (!Number.isFinite(cost) || cost < 0 || Math.abs(cents - cost * 100) > 1e-6 || cents > Number.MAX_SAFE_INTEGER) {
    throw badInput('invalid_cost', 'Cost: zero or more, at most two decimals');
  }
  return cents;
}

/** Adds a stage with its linked documents, which must belong to the folder's vehicle. */
export async function addTrustFolderStage(scope: RequestScope, folderId: string, input: StageInput): Promise<TrustFolderStage> {
  const name = input.name.trim();
  if (name.length === 0 || characterCount(name) > 100) throw badInput('invalid_stage_name', 'Stage name: 1 to 100 characters');
  const date = validDate(input.date);
  if (!(PERFORMED_BY as readonly string[]).includes(input.performedBy)) throw badInput('invalid_performed_by', 'Unknown "performed by" value');
  const costCents = costInCents(input.cost);
  const links: { document: string; role: StageDocumentRole }[] = [
    ...(input.documentIds ?? []).map((document) => ({ document, role: 'evidence' as const })),
    ...(input.beforePictureIds ?? []).map((document) => ({ document, role: 'before' as const })),
    ...(input.afterPictureIds ?? []).map((document) => ({ document, role: 'after' as const })),
  ];
  if (links.length > 50) throw badInput('too_many_documents', 'At most 50 documents per stage');

  const actor = actorOf(scope);
  return scope.em.transactional(async (tem) => {
    const folder = await tem.getRepository(TrustFolder).liveById(folderId);
    if (!folder) throw notFound('trust_folder_not_found');
    const ids = [...new Set(links.map((link) => link.document))];
    const documents = new Map(
      (await tem.getRepository(Document).liveOfVehicle(folder.vehicle, ids)).map((doc) => [doc.id, doc]),
    );
    for (const link of links) {
      // Unknown and foreign documents get the same answer.
      const document = documents.get(link.document);
      if (!document) throw badInput('invalid_document', 'Documents must belong to this vehicle');
      if (link.role !== 'evidence' && !PICTURE_TYPES.includes(document.contentType)) throw badInput('picture_not_image', 'Before/after pictures must be PNG or JPEG');
    }
    const stage = tem.create(TrustFolderStage, { id: newId(), folder: folderId, name, date, performedBy: input.performedBy as PerformedBy, costCents, createdBy: actor.userId });
    const unique = new Map(links.map((link) => [`${link.document}:${link.role}`, link]));
    for (const link of unique.values()) tem.create(TrustFolderStageDocument, { stage: stage.id, document: link.document, role: link.role });
    await tem.flush();
    await scope.audit(
      {
        action: 'ADDON_TRUST_FOLDER_STAGE_ADDED',
        targetType: 'vehicle',
        targetId: folder.vehicle,
        metadata: { addonKey: folder.addonKey, folderId, count: unique.size },
      },
      tem,
    );
    return stage;
  });
}

export function foldersOfVehicle(scope: RequestScope, vehicleId: string, page: ResolveCursorConnectionArgs): Promise<TrustFolder[]> {
  return scope.em.getRepository(TrustFolder).pageOfVehicle(vehicleId, page);
}
