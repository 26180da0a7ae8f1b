import { defineEntity, p } from '@mikro-orm/sql';
import { Document } from '../documents/document.entity.ts';
import { ServiceEntry } from './service-entry.entity.ts';

/** Links an entry version to a document of the same vehicle. */
const EntryDocumentSchema = defineEntity({
  name: 'EntryDocument',
  tableName: 'entry_documents',
  primaryKeys: ['entry', 'document'],
  properties: {
    entry: () => p.manyToOne(ServiceEntry).mapToPk().primary(),
    document: () => p.manyToOne(Document).mapToPk().primary().index(),
  },
});

export class EntryDocument extends EntryDocumentSchema.class {}
EntryDocumentSchema.setClass(EntryDocument);
