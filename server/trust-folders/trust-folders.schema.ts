import { resolveCursorConnection, type ResolveCursorConnectionArgs } from '@pothos/plugin-relay';
import { AddonKeyEnum } from '../addons/addons.schema.ts';
import { requires } from '../auth/policy.ts';
import { builder } from '../builder.ts';
import { PerformedByEnum } from '../entries/entry.schema.ts';
import type { Context } from '../context.ts';
import { groupBy, LoaderKey } from '../db/loaders.ts';
import { notFound } from '../errors.ts';
import { keysetCursor } from '../graphql/cursors.ts';
import { isAdminRole } from '../identity/roles.ts';
import type { PerformedBy } from '../entries/service-entry.entity.ts';
import { TrustFolder, TrustFolderStage, TrustFolderStageDocument, type StageDocumentRole } from './trust-folder.entity.ts';
import { addTrustFolderStage, createTrustFolder, deleteTrustFolder, foldersOfVehicle, renameTrustFolder } from './trust-folders.service.ts';

const trustFolderVehicleLoader = new LoaderKey<string, string>('trustFolderVehicle');
const trustFolderStagesLoader = new LoaderKey<string, TrustFolderStage[]>('trustFolderStages');
const trustFolderStageDocumentsLoader = new LoaderKey<string, TrustFolderStageDocument[]>('trustFolderStageDocuments');

/** The vehicle a folder belongs to ('' when unknown, which no scope accepts), batched per request. */
const vehicleOfFolder = (context: Context, folderId: string): Promise<string> =>
  context.loaders.get(trustFolderVehicleLoader, async (ids) => {
    const folders = await context.em.getRepository(TrustFolder).vehiclesOf(ids);
    const vehicles = new Map(folders.map((folder) => [folder.id, folder.vehicle]));
    return ids.map((id) => vehicles.get(id) ?? '');
  }).load(folderId);

/**
 * Scopes of a folder: those of its vehicle (renaming and deleting: its owner in person, SPEC §12);
 * admins learn NOT_FOUND for an unknown folder.
 */
async function folderScopes(context: Context, folderId: string, who: 'ownsVehicle' | 'ownsVehicleInPerson' = 'ownsVehicle') {
  const vehicleId = await vehicleOfFolder(context, folderId);
  if (!vehicleId && isAdminRole(context.actor?.role) && context.actor?.consentComplete) throw notFound('trust_folder_not_found');
  return who === 'ownsVehicle' ? requires({ consented: true, ownsVehicle: vehicleId }) : requires({ consented: true, ownsVehicleInPerson: vehicleId });
}

const stagesOf = (context: Context, folderId: string) =>
  context.loaders.get(trustFolderStagesLoader, async (ids) =>
    groupBy(ids, await context.em.getRepository(TrustFolder).stagesOf(ids), (stage) => stage.folder),
  ).load(folderId);

const documentIdsOf = async (context: Context, stageId: string, role: StageDocumentRole) => {
  const links = await context.loaders.get(trustFolderStageDocumentsLoader, async (ids) =>
    groupBy(ids, await context.em.getRepository(TrustFolder).stageDocumentsOf(ids), (link) => link.stage),
  ).load(stageId);
  return links.filter((link) => link.role === role).map((link) => link.document);
};

const TrustFolderStageRef = builder.objectRef<TrustFolderStage & { vehicleId: string }>('TrustFolderStage').implement({
  authScopes: (stage) => requires({ consented: true, ownsVehicle: stage.vehicleId }),
  fields: (t) => ({
    id: t.exposeID('id'),
    name: t.exposeString('name'),
    date: t.exposeString('date', { description: 'YYYY-MM-DD' }),
    performedBy: t.field({ type: PerformedByEnum, resolve: (stage) => stage.performedBy as PerformedBy }),
    performedByLabel: t.exposeString('performedBy', { description: 'The German label, e.g. Fachwerkstatt.' }),
    cost: t.float({ nullable: true, description: 'Euros.', resolve: (stage) => (stage.costCents === null || stage.costCents === undefined ? null : stage.costCents / 100) }),
    documentIds: t.idList({ resolve: (stage, _args, context) => documentIdsOf(context, stage.id, 'evidence') }),
    beforePictureIds: t.idList({ resolve: (stage, _args, context) => documentIdsOf(context, stage.id, 'before') }),
    afterPictureIds: t.idList({ resolve: (stage, _args, context) => documentIdsOf(context, stage.id, 'after') }),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
  }),
});

const TrustFolderRef = builder.objectRef<TrustFolder>('TrustFolder').implement({
  authScopes: (folder) => requires({ consented: true, ownsVehicle: folder.vehicle }),
  fields: (t) => ({
    id: t.exposeID('id'),
    vehicleId: t.exposeID('vehicle'),
    key: t.field({ type: AddonKeyEnum, resolve: (folder) => folder.addonKey }),
    title: t.exposeString('title'),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
    stages: t.field({
      type: [TrustFolderStageRef],
      description: 'Oldest work first.',
      resolve: async (folder, _args, context) => (await stagesOf(context, folder.id)).map((stage) => Object.assign(stage, { vehicleId: folder.vehicle })),
    }),
  }),
});

builder.queryField('trustFolders', (t) =>
  t.connection({
    type: TrustFolderRef,
    nullable: true,
    authScopes: (_root, args) => requires({ consented: true, ownsVehicle: String(args.vehicleId) }),
    args: { vehicleId: t.arg.id({ required: true }) },
    resolve: (_root, args, context) =>
      resolveCursorConnection({ args, toCursor: (folder: TrustFolder) => keysetCursor(folder.createdAt, folder.id), defaultSize: 20, maxSize: 50 }, (page: ResolveCursorConnectionArgs) =>
        foldersOfVehicle(context, String(args.vehicleId), page),
      ),
  }),
);

builder.queryField('trustFolder', (t) =>
  t.field({
    type: TrustFolderRef,
    nullable: true,
    authScopes: (_root, args, context) => folderScopes(context, String(args.id)),
    args: { id: t.arg.id({ required: true }) },
    resolve: (_root, args, context) => context.em.getRepository(TrustFolder).liveById(String(args.id)),
  }),
);

const StageInput = builder.inputType('TrustFolderStageInput', {
  fields: (t) => ({
    name: t.string({ required: true, description: 'e.g. Karosserie, Lack, Motor, Fahrwerk, Elektrik, Innenraum' }),
    date: t.string({ required: true, description: 'YYYY-MM-DD, from 1886-01-01, not in the future' }),
    performedBy: t.field({ type: PerformedByEnum, required: true }),
    cost: t.float({ required: false, description: 'Euros, at most two decimals' }),
    documentIds: t.idList({ required: false }),
    beforePictureIds: t.idList({ required: false, description: 'PNG or JPEG documents of this vehicle' }),
    afterPictureIds: t.idList({ required: false, description: 'PNG or JPEG documents of this vehicle' }),
  }),
});

builder.mutationField('createTrustFolder', (t) =>
  t.field({
    type: TrustFolderRef,
    authScopes: (_root, args) => requires({ consented: true, ownsVehicle: String(args.vehicleId) }),
    description: 'Passes the add-on gate of the key, then creates the folder and enables the add-on on the vehicle.',
    args: { vehicleId: t.arg.id({ required: true }), key: t.arg({ type: AddonKeyEnum, required: true }), title: t.arg.string({ required: true }) },
    resolve: (_root, args, context) => createTrustFolder(context, String(args.vehicleId), args.key, args.title),
  }),
);

builder.mutationField('addTrustFolderStage', (t) =>
  t.field({
    type: TrustFolderStageRef,
    authScopes: (_root, args, context) => folderScopes(context, String(args.folderId)),
    args: { folderId: t.arg.id({ required: true }), input: t.arg({ type: StageInput, required: true }) },
    resolve: async (_root, { folderId, input }, context) => {
      const stage = await addTrustFolderStage(context, String(folderId), {
        ...input,
        documentIds: input.documentIds?.map(String),
        beforePictureIds: input.beforePictureIds?.map(String),
        afterPictureIds: input.afterPictureIds?.map(String),
      });
      return Object.assign(stage, { vehicleId: await vehicleOfFolder(context, String(folderId)) });
    },
  }),
);

builder.mutationField('renameTrustFolder', (t) =>
  t.field({
    type: TrustFolderRef,
    description: 'Owner or admin. A deleted folder answers NOT_FOUND trust_folder_not_found.',
    authScopes: (_root, args, context) => folderScopes(context, String(args.id), 'ownsVehicleInPerson'),
    args: { id: t.arg.id({ required: true }), title: t.arg.string({ required: true }) },
    resolve: (_root, args, context) => renameTrustFolder(context, String(args.id), args.title),
  }),
);

builder.mutationField('deleteTrustFolder', (t) =>
  t.field({
    type: TrustFolderRef,
    description: 'Owner or admin. Soft delete: the folder leaves every list; deleting it again answers NOT_FOUND trust_folder_not_found.',
    authScopes: (_root, args, context) => folderScopes(context, String(args.id), 'ownsVehicleInPerson'),
    args: { id: t.arg.id({ required: true }) },
    resolve: (_root, args, context) => deleteTrustFolder(context, String(args.id)),
  }),
);
