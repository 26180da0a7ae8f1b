// Every migration in order. `npm run migration:new -- <Name>` adds a file here and a line below.
import { Migration20261122020127Foundation } from './Migration20261122020127Foundation.ts';
import { Migration20261122020918VehiclesEntriesDocuments } from './Migration20261122020918VehiclesEntriesDocuments.ts';
import { Migration20261122021351Articles } from './Migration20261122021351Articles.ts';
import { Migration20261122022642AddonsTransfersExports } from './Migration20261122022642AddonsTransfersExports.ts';

export const migrations = [
  { name: 'Migration20261122020127Foundation', class: Migration20261122020127Foundation },
  { name: 'Migration20261122020918VehiclesEntriesDocuments', class: Migration20261122020918VehiclesEntriesDocuments },
  { name: 'Migration20261122021351Articles', class: Migration20261122021351Articles },
  { name: 'Migration20261122022642AddonsTransfersExports', class: Migration20261122022642AddonsTransfersExports },
];
