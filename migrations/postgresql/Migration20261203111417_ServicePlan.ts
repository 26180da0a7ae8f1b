import { Migration } from '@mikro-orm/migrations';

export class Migration20261203111417_ServicePlan extends Migration {

  override name = 'Migration20261203111417_ServicePlan';

  override up(): void | Promise<void> {
    this.addSql(`create table "service_plan_items" ("id" varchar(255) not null, "vehicle_id" varchar(255) not null, "kind" text not null, "title" varchar(255) null, "interval_months" int null, "interval_km" int null, "satisfied_by" varchar(255) not null, "created_at" timestamptz not null, primary key ("id"));`);
    this.addSql(`create index "service_plan_items_vehicle_id_created_at_id_index" on "service_plan_items" ("vehicle_id", "created_at", "id");`);

    this.addSql(`alter table "vehicles" add "first_registration" varchar(255) null;`);

    this.addSql(`alter table "service_plan_items" add constraint "service_plan_items_vehicle_id_foreign" foreign key ("vehicle_id") references "vehicles" ("id");`);
    this.addSql(`alter table "service_plan_items" add constraint "service_plan_items_kind_check" check ("kind" in ('hu_au', 'inspektion', 'oelwechsel', 'zahnriemen', 'bremsfluessigkeit', 'reifenwechsel', 'custom'));`);

    // Every vehicle registered before the service plan existed gets the suggested plan (SPEC §20), like a new one.
    this.addSql(`insert into "service_plan_items" ("id", "vehicle_id", "kind", "title", "interval_months", "interval_km", "satisfied_by", "created_at") select gen_random_uuid()::text, "id", 'hu_au', null, 24, null, 'inspection', "created_at" from "vehicles";`);
    this.addSql(`insert into "service_plan_items" ("id", "vehicle_id", "kind", "title", "interval_months", "interval_km", "satisfied_by", "created_at") select gen_random_uuid()::text, "id", 'inspektion', null, 12, 15000, 'service,inspection', "created_at" from "vehicles";`);
    this.addSql(`insert into "service_plan_items" ("id", "vehicle_id", "kind", "title", "interval_months", "interval_km", "satisfied_by", "created_at") select gen_random_uuid()::text, "id", 'bremsfluessigkeit', null, 24, null, 'service', "created_at" from "vehicles";`);
  }

}
