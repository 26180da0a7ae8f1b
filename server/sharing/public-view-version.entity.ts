import { defineEntity, p } from '@mikro-orm/sql';

/**
 * A counter per vehicle of the changes that can alter its public page: its own row, its entries,
 * their document links, its documents, its shares and its defect cases (open or closed). Kept by triggers on those tables, created by
 * each engine's migrations (migrations/sqlite/…PublicViewVersions.ts, plpgsql in
 * migrations/postgresql/…PublicViewVersionTriggers.ts), so every writer counts, whatever path or
 * process it uses; read by the cache of public views (server/sharing/public-view-cache.ts). No row
 * yet means version 0. Never written by the application. A new table the public page reads needs
 * its triggers in a new migration for each engine.
 */
const PublicViewVersionSchema = defineEntity({
  name: 'PublicViewVersion',
  tableName: 'public_view_versions',
  properties: {
    vehicleId: p.string().primary(),
    version: p.integer(),
  },
});

export class PublicViewVersion extends PublicViewVersionSchema.class {}
PublicViewVersionSchema.setClass(PublicViewVersion);
