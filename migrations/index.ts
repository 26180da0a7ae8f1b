// Every migration in order. `npm run migration:new -- <Name>` adds a file here and a line below.
import { Migration20261122020127Foundation } from './Migration20261122020127Foundation.ts';
import { Migration20261122020918VehiclesEntriesDocuments } from './Migration20261122020918VehiclesEntriesDocuments.ts';
import { Migration20261122021307EntitlementsPublicShares } from './Migration20261122021307EntitlementsPublicShares.ts';
import { Migration20261122021553Governance } from './Migration20261122021553Governance.ts';
import { Migration20261122023450CmsAddonsTransfersExports } from './Migration20261122023450CmsAddonsTransfersExports.ts';
import { Migration20261122082041PublicViewVersions } from './Migration20261122082041PublicViewVersions.ts';

export const migrations = [
  { name: 'Migration20261122020127Foundation', class: Migration20261122020127Foundation },
  { name: 'Migration20261122020918VehiclesEntriesDocuments', class: Migration20261122020918VehiclesEntriesDocuments },
  { name: 'Migration20261122021307EntitlementsPublicShares', class: Migration20261122021307EntitlementsPublicShares },
  { name: 'Migration20261122021553Governance', class: Migration20261122021553Governance },
  { name: 'Migration20261122023450CmsAddonsTransfersExports', class: Migration20261122023450CmsAddonsTransfersExports },
  { name: 'Migration20261122082041PublicViewVersions', class: Migration20261122082041PublicViewVersions },
];
