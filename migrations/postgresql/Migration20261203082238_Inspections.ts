import { Migration } from '@mikro-orm/migrations';

export class Migration20261203082238_Inspections extends Migration {

  override name = 'Migration20261203082238_Inspections';

  override up(): void | Promise<void> {
    this.addSql(`create table "inspection_events" ("id" varchar(255) not null, "vehicle_id" varchar(255) not null, "source" text not null, "result" text not null, "title" varchar(255) not null, "summary" text null, "details" text null, "occurred_at" timestamptz not null, "odometer_km" int null, "created_by_id" varchar(255) not null, "created_at" timestamptz not null, primary key ("id"));`);
    this.addSql(`create index "inspection_events_vehicle_id_occurred_at_id_index" on "inspection_events" ("vehicle_id", "occurred_at", "id");`);

    this.addSql(`create table "inspection_documents" ("inspection_id" varchar(255) not null, "document_id" varchar(255) not null, primary key ("inspection_id", "document_id"));`);
    this.addSql(`create index "inspection_documents_document_id_index" on "inspection_documents" ("document_id");`);

    this.addSql(`create table "defect_cases" ("id" varchar(255) not null, "vehicle_id" varchar(255) not null, "inspection_id" varchar(255) not null, "status" text not null, "summary" varchar(255) not null, "opened_at" timestamptz not null, "closed_at" timestamptz null, "closed_by" varchar(255) null, primary key ("id"));`);
    this.addSql(`alter table "defect_cases" add constraint "defect_cases_inspection_id_unique" unique ("inspection_id");`);
    this.addSql(`create index "defect_cases_vehicle_id_status_index" on "defect_cases" ("vehicle_id", "status");`);

    this.addSql(`create table "remediations" ("id" varchar(255) not null, "defect_case_id" varchar(255) not null, "vehicle_id" varchar(255) not null, "result" text not null, "title" varchar(255) not null, "summary" text null, "occurred_at" timestamptz not null, "odometer_km" int null, "created_by_id" varchar(255) not null, "created_at" timestamptz not null, primary key ("id"));`);
    this.addSql(`create index "remediations_vehicle_id_index" on "remediations" ("vehicle_id");`);
    this.addSql(`create index "remediations_defect_case_id_occurred_at_id_index" on "remediations" ("defect_case_id", "occurred_at", "id");`);

    this.addSql(`create table "remediation_documents" ("remediation_id" varchar(255) not null, "document_id" varchar(255) not null, primary key ("remediation_id", "document_id"));`);
    this.addSql(`create index "remediation_documents_document_id_index" on "remediation_documents" ("document_id");`);

    this.addSql(`alter table "trust_folders" add "deleted_at" timestamptz null;`);

    this.addSql(`alter table "inspection_events" add constraint "inspection_events_vehicle_id_foreign" foreign key ("vehicle_id") references "vehicles" ("id");`);
    this.addSql(`alter table "inspection_events" add constraint "inspection_events_created_by_id_foreign" foreign key ("created_by_id") references "users" ("id");`);
    this.addSql(`alter table "inspection_events" add constraint "inspection_events_source_check" check ("source" in ('WORKSHOP', 'READOUT', 'GPS', 'OWNER'));`);
    this.addSql(`alter table "inspection_events" add constraint "inspection_events_result_check" check ("result" in ('OK', 'NOT_OK'));`);

    this.addSql(`alter table "inspection_documents" add constraint "inspection_documents_inspection_id_foreign" foreign key ("inspection_id") references "inspection_events" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "inspection_documents" add constraint "inspection_documents_document_id_foreign" foreign key ("document_id") references "documents" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "defect_cases" add constraint "defect_cases_vehicle_id_foreign" foreign key ("vehicle_id") references "vehicles" ("id");`);
    this.addSql(`alter table "defect_cases" add constraint "defect_cases_inspection_id_foreign" foreign key ("inspection_id") references "inspection_events" ("id");`);
    this.addSql(`alter table "defect_cases" add constraint "defect_cases_status_check" check ("status" in ('IN_PROGRESS', 'DONE'));`);

    this.addSql(`alter table "remediations" add constraint "remediations_defect_case_id_foreign" foreign key ("defect_case_id") references "defect_cases" ("id");`);
    this.addSql(`alter table "remediations" add constraint "remediations_vehicle_id_foreign" foreign key ("vehicle_id") references "vehicles" ("id");`);
    this.addSql(`alter table "remediations" add constraint "remediations_created_by_id_foreign" foreign key ("created_by_id") references "users" ("id");`);
    this.addSql(`alter table "remediations" add constraint "remediations_result_check" check ("result" in ('OK', 'NOT_OK'));`);

    this.addSql(`alter table "remediation_documents" add constraint "remediation_documents_remediation_id_foreign" foreign key ("remediation_id") references "remediations" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "remediation_documents" add constraint "remediation_documents_document_id_foreign" foreign key ("document_id") references "documents" ("id") on update cascade on delete cascade;`);

    // Open cases feed the trust light (SPEC §7 open_defect_case): opening and closing one counts in
    // the vehicle's public view version (the function of …_PublicViewVersionTriggers.ts).
    this.addSql(`create trigger "defect_cases_public_view_version" after insert or update or delete on "defect_cases" for each row execute function "public_view_version_bump"('vehicle_id');`);
  }

}
