import { resolveCursorConnection, type ResolveCursorConnectionArgs } from '@pothos/plugin-relay';
import { nullWhenNotAllowed } from '../auth/scopes.ts';
import { requires } from '../auth/policy.ts';
import { builder } from '../builder.ts';
import { vehicleAccess } from '../vehicles/vehicle-access.ts';
import { VehicleRef } from '../vehicles/vehicle.schema.ts';
import { documentById, documentPageOf, mayReadDocument } from './document-access.ts';
import { auditScopeOf } from '../vehicles/vehicle.service.ts';
import { StagedUpload } from './upload-parser.ts';
import { APPROVAL_STATUSES, PII_STATUSES, SCAN_STATUSES, isValidEvidence, type Document } from './document.entity.ts';
import {
  approveDocument,
  documentCursor,
  rejectDocument,
  removeRejectedDocument,
  reviewQueuePage,
  setPiiStatus,
  setScanResult,
  uploadDocument,
} from './document.service.ts';

builder.scalarType('Upload', {
  description: 'A file part of a GraphQL multipart request (github.com/jaydenseric/graphql-multipart-request-spec).',
  serialize: () => {
    throw new TypeError('Upload is an input type only');
  },
  parseValue: (value) => {
    if (value instanceof StagedUpload) return value;
    throw new TypeError('Upload must be a file part of a multipart request');
  },
});

const ApprovalStatusEnum = builder.enumType('DocumentApprovalStatus', { values: APPROVAL_STATUSES });
const ScanStatusEnum = builder.enumType('DocumentScanStatus', { values: SCAN_STATUSES });
const PiiStatusEnum = builder.enumType('DocumentPiiStatus', { values: PII_STATUSES });

/**
 * A document as its vehicle's owner (or org staff) and admins see it: status and metadata. The
 * content (download) is offered only where `downloadUrl` is set: valid evidence, or any for admins.
 */
export const DocumentRef = builder.objectRef<Document>('Document').implement({
  authScopes: (doc) => requires({ consented: true, ownsVehicle: doc.vehicle }),
  fields: (t) => ({
    id: t.exposeID('id'),
    vehicleId: t.exposeID('vehicle'),
    filename: t.exposeString('filename', { description: 'Sanitised original name (metadata only); empty once purged.' }),
    contentType: t.exposeString('contentType', { description: 'Decided by the magic bytes of the file.' }),
    sizeBytes: t.exposeInt('sizeBytes'),
    sha256: t.exposeString('sha256', { description: 'Hex SHA-256 of the stored bytes; empty once purged.' }),
    approvalStatus: t.field({ type: ApprovalStatusEnum, resolve: (doc) => doc.approvalStatus }),
    scanStatus: t.field({ type: ScanStatusEnum, resolve: (doc) => doc.scanStatus }),
    piiStatus: t.field({ type: PiiStatusEnum, resolve: (doc) => doc.piiStatus }),
    validEvidence: t.boolean({ description: 'Approved, scanned clean, no privacy finding, not deleted.', resolve: (doc) => isValidEvidence(doc) }),
    rejectionReason: t.exposeString('rejectionReason', { nullable: true }),
    reviewedAt: t.expose('reviewedAt', { type: 'DateTime', nullable: true }),
    reviewedById: t.exposeID('reviewedBy', { nullable: true, description: 'Admins only; null for everyone else.', authScopes: requires({ admin: true }), ...nullWhenNotAllowed }),
    uploadedById: t.exposeID('uploadedBy', { nullable: true, description: 'Admins only; null for everyone else.', authScopes: requires({ admin: true }), ...nullWhenNotAllowed }),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
    purgedAt: t.expose('purgedAt', { type: 'DateTime', nullable: true }),
    downloadUrl: t.string({
      nullable: true,
      description: 'Authenticated download (same bearer token or session cookie); null when the content may not be read.',
      resolve: async (doc, _args, context) =>
        (await mayReadDocument(context, doc)) ? `${context.services.config.publicBaseUrl}/documents/${doc.id}/download` : null,
    }),
  }),
});

const DocumentFilterInput = builder.inputType('DocumentFilter', {
  fields: (t) => ({
    approvalStatus: t.field({ type: ApprovalStatusEnum }),
    scanStatus: t.field({ type: ScanStatusEnum }),
    piiStatus: t.field({ type: PiiStatusEnum }),
  }),
});

const MAX_PAGE_SIZE = 100;

builder.queryField('document', (t) =>
  t.field({
    type: DocumentRef,
    nullable: true,
    description: 'A document: admins any; owners and org staff only valid evidence of their vehicles.',
    args: { id: t.arg.id({ required: true }) },
    authScopes: (_root, args) => requires({ consented: true, readsDocument: String(args.id) }),
    resolve: (_root, args, context) => documentById(context).load(String(args.id)),
  }),
);

builder.objectField(VehicleRef, 'documents', (t) =>
  t.connection({
    type: DocumentRef,
    description: "The vehicle's uploads with their review status, newest first; content only through downloadUrl where allowed.",
    resolve: (vehicle, args, context) =>
      resolveCursorConnection({ args, toCursor: documentCursor, defaultSize: 50, maxSize: MAX_PAGE_SIZE }, (page: ResolveCursorConnectionArgs) =>
        documentPageOf(context, page).load(vehicle.id),
      ),
  }),
);

builder.queryField('documentUploadMaxBytes', (t) =>
  t.int({
    description: 'The largest file uploadDocument accepts, in bytes (LTC_UPLOAD_MAX_BYTES); larger ones → BAD_USER_INPUT file_too_large.',
    authScopes: requires({ consented: true }),
    resolve: (_root, _args, context) => context.services.config.uploadMaxBytes,
  }),
);

builder.queryField('quarantineQueue', (t) =>
  t.connection({
    type: DocumentRef,
    nullable: true,
    description: 'Documents to review, oldest first. Without a filter: the quarantined ones.',
    args: { filter: t.arg({ type: DocumentFilterInput }) },
    authScopes: requires({ consented: true, admin: true }),
    resolve: (_root, args, context) =>
      resolveCursorConnection({ args, toCursor: documentCursor, maxSize: MAX_PAGE_SIZE }, (page: ResolveCursorConnectionArgs) =>
        reviewQueuePage(context, args.filter ?? { approvalStatus: 'QUARANTINED' }, page),
      ),
  }),
);

builder.mutationField('uploadDocument', (t) =>
  t.field({
    type: DocumentRef,
    description: 'Uploads a PDF, PNG or JPEG to a vehicle (multipart request), optionally linked to entries of that vehicle. Answers with scanStatus PENDING; the virus scan runs after the answer.',
    args: {
      vehicleId: t.arg.id({ required: true }),
      file: t.arg({ type: 'Upload', required: true }),
      entryIds: t.arg.idList({ required: false }),
    },
    authScopes: (_root, args) => requires({ consented: true, ownsVehicle: String(args.vehicleId) }),
    resolve: async (_root, args, context) => {
      const vehicleId = String(args.vehicleId);
      const access = await vehicleAccess(context, vehicleId);
      return uploadDocument(context, {
        vehicleId,
        scope: access === 'org' ? 'org' : access === 'own' ? 'own' : undefined,
        originalName: args.file.name,
        file: args.file.file,
        entryIds: (args.entryIds ?? []).map(String),
      });
    },
  }),
);

builder.mutationField('setDocumentScanResult', (t) =>
  t.field({
    type: DocumentRef,
    args: { id: t.arg.id({ required: true }), scanStatus: t.arg({ type: ScanStatusEnum, required: true }) },
    authScopes: requires({ consented: true, admin: true }),
    resolve: (_root, args, context) => setScanResult(context, String(args.id), args.scanStatus),
  }),
);

builder.mutationField('approveDocument', (t) =>
  t.field({
    type: DocumentRef,
    args: { id: t.arg.id({ required: true }) },
    authScopes: requires({ consented: true, admin: true }),
    resolve: (_root, args, context) => approveDocument(context, String(args.id)),
  }),
);

builder.mutationField('rejectDocument', (t) =>
  t.field({
    type: DocumentRef,
    args: { id: t.arg.id({ required: true }), reason: t.arg.string({ required: true }) },
    authScopes: requires({ consented: true, admin: true }),
    resolve: (_root, args, context) => rejectDocument(context, String(args.id), args.reason),
  }),
);

builder.mutationField('removeRejectedDocument', (t) =>
  t.field({
    type: DocumentRef,
    description: 'The owner (or org staff) removes an own rejected upload (soft delete; CONFLICT document_not_rejected for any other state). Answers the removed document.',
    args: { id: t.arg.id({ required: true }) },
    authScopes: (_root, args) => requires({ consented: true, ownsUpload: String(args.id) }),
    resolve: async (_root, args, context) => {
      const doc = (await documentById(context).load(String(args.id)))!;
      return removeRejectedDocument(context, doc.id, auditScopeOf(await vehicleAccess(context, doc.vehicle)));
    },
  }),
);

builder.mutationField('setDocumentPiiStatus', (t) =>
  t.field({
    type: DocumentRef,
    args: { id: t.arg.id({ required: true }), piiStatus: t.arg({ type: PiiStatusEnum, required: true }) },
    authScopes: requires({ consented: true, admin: true }),
    resolve: (_root, args, context) => setPiiStatus(context, String(args.id), args.piiStatus),
  }),
);
