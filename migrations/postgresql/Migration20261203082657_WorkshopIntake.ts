import { Migration } from '@mikro-orm/migrations';

export class Migration20261203082657_WorkshopIntake extends Migration {

  override name = 'Migration20261203082657_WorkshopIntake';

  override up(): void | Promise<void> {
    this.addSql(`create table "workshop_sessions" ("id" varchar(255) not null, "organisation" varchar(255) not null, "organisation_name" varchar(255) not null, "performed_by" varchar(255) not null, "opened_by_id" varchar(255) not null, "vehicle_id" varchar(255) not null, "access" text not null, "vehicle_make" varchar(255) not null, "vehicle_model" varchar(255) not null, "vehicle_year" int null, "trust_light" varchar(255) null, "status" text not null default 'OPEN', "version" int not null default 1, "opened_at" timestamptz not null, "closed_at" timestamptz null, primary key ("id"));`);
    this.addSql(`create index "workshop_sessions_organisation_opened_at_id_index" on "workshop_sessions" ("organisation", "opened_at", "id");`);
    this.addSql(`create index "workshop_sessions_vehicle_id_status_index" on "workshop_sessions" ("vehicle_id", "status");`);

    this.addSql(`create table "workshop_notes" ("id" varchar(255) not null, "session_id" varchar(255) not null, "text" text not null, "created_by_id" varchar(255) not null, "created_at" timestamptz not null, primary key ("id"));`);
    this.addSql(`create index "workshop_notes_session_id_created_at_index" on "workshop_notes" ("session_id", "created_at");`);

    this.addSql(`create table "workshop_items" ("id" varchar(255) not null, "session_id" varchar(255) not null, "position" int not null, "kind" text not null, "title" varchar(160) not null, "details" text null, "severity" text not null, "status" text not null default 'open', "evidence_document_ids" jsonb not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, primary key ("id"));`);
    this.addSql(`create index "workshop_items_session_id_position_index" on "workshop_items" ("session_id", "position");`);

    this.addSql(`create table "workshop_board_snapshots" ("id" varchar(255) not null, "session_id" varchar(255) not null, "item_ids" jsonb not null, "note" text null, "created_at" timestamptz not null, primary key ("id"));`);
    this.addSql(`create index "workshop_board_snapshots_session_id_created_at_index" on "workshop_board_snapshots" ("session_id", "created_at");`);

    this.addSql(`create table "proposed_service_entries" ("id" varchar(255) not null, "session_id" varchar(255) not null, "vehicle_id" varchar(255) not null, "owner_id" varchar(255) not null, "status" text not null default 'PENDING', "date" varchar(255) not null, "type" text not null, "performed_by" varchar(255) not null, "odometer_km" int not null, "note" text null, "item_titles" jsonb not null, "workshop_name" varchar(255) not null, "entry" varchar(255) null, "created_at" timestamptz not null, "decided_at" timestamptz null, primary key ("id"));`);
    this.addSql(`alter table "proposed_service_entries" add constraint "proposed_service_entries_session_id_unique" unique ("session_id");`);
    this.addSql(`create index "proposed_service_entries_owner_id_status_index" on "proposed_service_entries" ("owner_id", "status");`);

    this.addSql(`alter table "service_entries" add "confirmed_by_workshop" boolean not null default false;`);

    this.addSql(`alter table "workshop_sessions" add constraint "workshop_sessions_opened_by_id_foreign" foreign key ("opened_by_id") references "users" ("id");`);
    this.addSql(`alter table "workshop_sessions" add constraint "workshop_sessions_vehicle_id_foreign" foreign key ("vehicle_id") references "vehicles" ("id");`);
    this.addSql(`alter table "workshop_sessions" add constraint "workshop_sessions_access_check" check ("access" in ('OWN_OR_ORG', 'SHARE_TOKEN'));`);
    this.addSql(`alter table "workshop_sessions" add constraint "workshop_sessions_status_check" check ("status" in ('OPEN', 'CLOSED'));`);

    this.addSql(`alter table "workshop_notes" add constraint "workshop_notes_session_id_foreign" foreign key ("session_id") references "workshop_sessions" ("id");`);
    this.addSql(`alter table "workshop_notes" add constraint "workshop_notes_created_by_id_foreign" foreign key ("created_by_id") references "users" ("id");`);

    this.addSql(`alter table "workshop_items" add constraint "workshop_items_session_id_foreign" foreign key ("session_id") references "workshop_sessions" ("id");`);
    this.addSql(`alter table "workshop_items" add constraint "workshop_items_kind_check" check ("kind" in ('defect', 'task', 'recommendation'));`);
    this.addSql(`alter table "workshop_items" add constraint "workshop_items_severity_check" check ("severity" in ('low', 'medium', 'high'));`);
    this.addSql(`alter table "workshop_items" add constraint "workshop_items_status_check" check ("status" in ('open', 'in_progress', 'done', 'blocked'));`);

    this.addSql(`alter table "workshop_board_snapshots" add constraint "workshop_board_snapshots_session_id_foreign" foreign key ("session_id") references "workshop_sessions" ("id");`);

    this.addSql(`alter table "proposed_service_entries" add constraint "proposed_service_entries_session_id_foreign" foreign key ("session_id") references "workshop_sessions" ("id");`);
    this.addSql(`alter table "proposed_service_entries" add constraint "proposed_service_entries_vehicle_id_foreign" foreign key ("vehicle_id") references "vehicles" ("id");`);
    this.addSql(`alter table "proposed_service_entries" add constraint "proposed_service_entries_owner_id_foreign" foreign key ("owner_id") references "users" ("id");`);
    this.addSql(`alter table "proposed_service_entries" add constraint "proposed_service_entries_status_check" check ("status" in ('PENDING', 'ACCEPTED', 'DECLINED'));`);
    this.addSql(`alter table "proposed_service_entries" add constraint "proposed_service_entries_type_check" check ("type" in ('service', 'inspection', 'repair', 'modification', 'tires', 'accident', 'restoration', 'other'));`);
  }

}
