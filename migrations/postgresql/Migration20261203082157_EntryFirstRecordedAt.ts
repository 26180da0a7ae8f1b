import { Migration } from '@mikro-orm/migrations';

export class Migration20261203082157_EntryFirstRecordedAt extends Migration {

  override name = 'Migration20261203082157_EntryFirstRecordedAt';

  override up(): void | Promise<void> {
    this.addSql(`drop index "service_entries_vehicle_id_is_latest_date_created_at_id_index";`);
    this.addSql(`alter table "service_entries" add "first_recorded_at" timestamptz null;`);
    // Every version gets the time its entry's first version was recorded.
    this.addSql(`update "service_entries" set "first_recorded_at" = (select min("first"."created_at") from "service_entries" as "first" where "first"."group_id" = "service_entries"."group_id");`);
    this.addSql(`create index "service_entries_vehicle_id_is_latest_date_first_re_eb31a_index" on "service_entries" ("vehicle_id", "is_latest", "date", "first_recorded_at", "group_id");`);
  }

}
