import { Migration } from '@mikro-orm/migrations';

/**
 * The public-view version counter on PostgreSQL (the SQLite triggers: migrations/sqlite/
 * Migration20261122082041PublicViewVersions.ts). Written by hand: triggers are not declared on the
 * entities, and the schema diff ignores them (server/db/orm.ts). Forward only, like every migration. One function for every table;
 * its argument names the column holding the vehicle id (`entry_id`: through the entry).
 */
export class Migration20261202122300_PublicViewVersionTriggers extends Migration {
  override name = 'Migration20261202122300_PublicViewVersionTriggers';

  override up(): void | Promise<void> {
    this.addSql(`create function "public_view_version_bump"() returns trigger language plpgsql as $$
declare
  changed text;
  vehicle text;
begin
  foreach changed in array array[
    case when TG_OP <> 'INSERT' then to_jsonb(OLD) ->> TG_ARGV[0] end,
    case when TG_OP <> 'DELETE' then to_jsonb(NEW) ->> TG_ARGV[0] end
  ] loop
    vehicle := case when TG_ARGV[0] = 'entry_id' then (select "vehicle_id" from "service_entries" where "id" = changed) else changed end;
    if vehicle is not null then
      insert into "public_view_versions" ("vehicle_id", "version") values (vehicle, 1)
        on conflict ("vehicle_id") do update set "version" = "public_view_versions"."version" + 1;
    end if;
  end loop;
  return null;
end $$;`);
    this.addSql(`create trigger "vehicles_public_view_version" after update or delete on "vehicles" for each row execute function "public_view_version_bump"('id');`);
    this.addSql(`create trigger "service_entries_public_view_version" after insert or update or delete on "service_entries" for each row execute function "public_view_version_bump"('vehicle_id');`);
    this.addSql(`create trigger "public_shares_public_view_version" after insert or update or delete on "public_shares" for each row execute function "public_view_version_bump"('vehicle_id');`);
    this.addSql(`create trigger "documents_public_view_version" after insert or update or delete on "documents" for each row execute function "public_view_version_bump"('vehicle_id');`);
    this.addSql(`create trigger "entry_documents_public_view_version" after insert or update or delete on "entry_documents" for each row execute function "public_view_version_bump"('entry_id');`);
  }

}
