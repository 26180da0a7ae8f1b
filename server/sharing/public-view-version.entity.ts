import { defineEntity, p } from '@mikro-orm/sql';

/**
 * A counter per vehicle of the changes that can alter its public page: its own row, its entries,
 * their document links, its documents and its shares. Kept by SQLite triggers on those tables
 * (`publicViewTriggers`, declared on each entity), so every writer counts, whatever path or process
 * it uses; read by the cache of public views (server/sharing/public-view-cache.ts). No row yet
 * means version 0. Never written by the application.
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

type TriggerEvent = 'insert' | 'update' | 'delete';

/** Counts one change for the vehicle the SQL expression names (no-op when it names none). */
const bump = (vehicleId: string) =>
  `insert into public_view_versions (vehicle_id, version) select ${vehicleId}, 1 where ${vehicleId} is not null on conflict (vehicle_id) do update set version = version + 1;`;

/**
 * The triggers of one table the public page reads: after every insert, update and delete, the
 * vehicle of the row (for updates: of the old and the new row) gets its counter bumped.
 * `vehicleOf` turns NEW or OLD into the SQL naming that row's vehicle.
 */
export function publicViewTriggers(table: string, vehicleOf: (row: 'NEW' | 'OLD') => string, events: TriggerEvent[] = ['insert', 'update', 'delete']) {
  return events.map((event) => ({
    name: `${table}_${event}_public_view_version`,
    timing: 'after' as const,
    events: [event],
    body: (event === 'insert' ? ['NEW' as const] : event === 'delete' ? ['OLD' as const] : (['OLD', 'NEW'] as const)).map((row) => bump(vehicleOf(row))).join(' '),
  }));
}
