import { defineEntity, p } from '@mikro-orm/sql';
import { Document } from '../documents/document.entity.ts';
import { ServiceEntry } from './service-entry.entity.ts';
import { publicViewTriggers } from '../sharing/public-view-version.entity.ts';

/** Links an entry version to a document of the same vehicle. */
const EntryDocumentSchema = defineEntity({
  name: 'EntryDocument',
  tableName: 'entry_documents',
  triggers: publicViewTriggers('entry_documents', (row) => `(select vehicle_id from service_entries where id = ${row}.entry_id)`),
  primaryKeys: ['entry', 'document'],
  properties: {
    entry: () => p.manyToOne(ServiceEntry).mapToPk().primary(),
    document: () => p.manyToOne(Document).mapToPk().primary().index(),
  },
});

export class EntryDocument extends EntryDocumentSchema.class {}
EntryDocumentSchema.setClass(EntryDocument);
