import type { ResolveCursorConnectionArgs } from '@pothos/plugin-relay';
import { BaseRepository } from '../db/base.repository.ts';
import { TrustFolderStage, TrustFolderStageDocument, type TrustFolder } from './trust-folder.entity.ts';

export class TrustFolderRepository extends BaseRepository<TrustFolder> {
  /** Folder ids and their vehicles, for the object-level scopes. */
  vehiclesOf(folderIds: readonly string[]): Promise<Pick<TrustFolder, 'id' | 'vehicle'>[]> {
    return this.find({ id: { $in: [...folderIds] } }, { fields: ['id', 'vehicle'] });
  }

  /** A folder that is not deleted, or null. */
  liveById(folderId: string): Promise<TrustFolder | null> {
    return this.findOne({ id: folderId, deletedAt: null });
  }

  /** A vehicle's folders that are not deleted, oldest first, one page. */
  pageOfVehicle(vehicleId: string, page: ResolveCursorConnectionArgs): Promise<TrustFolder[]> {
    return this.findPage({ vehicle: vehicleId, deletedAt: null }, page, { timeField: 'createdAt', order: 'oldest-first' });
  }

  /** The stages of these folders, by date then creation. */
  stagesOf(folderIds: readonly string[]): Promise<TrustFolderStage[]> {
    return this.manager.find(TrustFolderStage, { folder: { $in: [...folderIds] } }, { orderBy: { date: 'asc', createdAt: 'asc' } });
  }

  /** The document links of these stages. */
  stageDocumentsOf(stageIds: readonly string[]): Promise<TrustFolderStageDocument[]> {
    return this.manager.find(TrustFolderStageDocument, { stage: { $in: [...stageIds] } });
  }
}
