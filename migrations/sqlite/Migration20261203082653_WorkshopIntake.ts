import { Migration } from '@mikro-orm/migrations';

export class Migration20261203082653_WorkshopIntake extends Migration {

  override name = 'Migration20261203082653_WorkshopIntake';

  override up(): void | Promise<void> {
    this.addSql(`create table \`workshop_sessions\` (\`id\` text not null primary key, \`organisation\` text not null, \`organisation_name\` text not null, \`performed_by\` text not null, \`opened_by_id\` text not null, \`vehicle_id\` text not null, \`access\` text check (\`access\` in ('OWN_OR_ORG', 'SHARE_TOKEN')) not null, \`vehicle_make\` text not null, \`vehicle_model\` text not null, \`vehicle_year\` integer null, \`trust_light\` text null, \`status\` text check (\`status\` in ('OPEN', 'CLOSED')) not null default 'OPEN', \`version\` integer not null default 1, \`opened_at\` datetime not null, \`closed_at\` datetime null, constraint \`workshop_sessions_opened_by_id_foreign\` foreign key (\`opened_by_id\`) references \`users\` (\`id\`), constraint \`workshop_sessions_vehicle_id_foreign\` foreign key (\`vehicle_id\`) references \`vehicles\` (\`id\`));`);
    this.addSql(`create index \`workshop_sessions_opened_by_id_index\` on \`workshop_sessions\` (\`opened_by_id\`);`);
    this.addSql(`create index \`workshop_sessions_vehicle_id_index\` on \`workshop_sessions\` (\`vehicle_id\`);`);
    this.addSql(`create index \`workshop_sessions_organisation_opened_at_id_index\` on \`workshop_sessions\` (\`organisation\`, \`opened_at\`, \`id\`);`);
    this.addSql(`create index \`workshop_sessions_vehicle_id_status_index\` on \`workshop_sessions\` (\`vehicle_id\`, \`status\`);`);

    this.addSql(`create table \`workshop_notes\` (\`id\` text not null primary key, \`session_id\` text not null, \`text\` text not null, \`created_by_id\` text not null, \`created_at\` datetime not null, constraint \`workshop_notes_session_id_foreign\` foreign key (\`session_id\`) references \`workshop_sessions\` (\`id\`), constraint \`workshop_notes_created_by_id_foreign\` foreign key (\`created_by_id\`) references \`users\` (\`id\`));`);
    this.addSql(`create index \`workshop_notes_session_id_index\` on \`workshop_notes\` (\`session_id\`);`);
    this.addSql(`create index \`workshop_notes_created_by_id_index\` on \`workshop_notes\` (\`created_by_id\`);`);
    this.addSql(`create index \`workshop_notes_session_id_created_at_index\` on \`workshop_notes\` (\`session_id\`, \`created_at\`);`);

    this.addSql(`create table \`workshop_items\` (\`id\` text not null primary key, \`session_id\` text not null, \`position\` integer not null, \`kind\` text check (\`kind\` in ('defect', 'task', 'recommendation')) not null, \`title\` text not null, \`details\` text null, \`severity\` text check (\`severity\` in ('low', 'medium', 'high')) not null, \`status\` text check (\`status\` in ('open', 'in_progress', 'done', 'blocked')) not null default 'open', \`evidence_document_ids\` json not null, \`created_at\` datetime not null, \`updated_at\` datetime not null, constraint \`workshop_items_session_id_foreign\` foreign key (\`session_id\`) references \`workshop_sessions\` (\`id\`));`);
    this.addSql(`create index \`workshop_items_session_id_index\` on \`workshop_items\` (\`session_id\`);`);
    this.addSql(`create index \`workshop_items_session_id_position_index\` on \`workshop_items\` (\`session_id\`, \`position\`);`);

    this.addSql(`create table \`workshop_board_snapshots\` (\`id\` text not null primary key, \`session_id\` text not null, \`item_ids\` json not null, \`note\` text null, \`created_at\` datetime not null, constraint \`workshop_board_snapshots_session_id_foreign\` foreign key (\`session_id\`) references \`workshop_sessions\` (\`id\`));`);
    this.addSql(`create index \`workshop_board_snapshots_session_id_index\` on \`workshop_board_snapshots\` (\`session_id\`);`);
    this.addSql(`create index \`workshop_board_snapshots_session_id_created_at_index\` on \`workshop_board_snapshots\` (\`session_id\`, \`created_at\`);`);

    this.addSql(`create table \`proposed_service_entries\` (\`id\` text not null primary key, \`session_id\` text not null, \`vehicle_id\` text not null, \`owner_id\` text not null, \`status\` text check (\`status\` in ('PENDING', 'ACCEPTED', 'DECLINED')) not null default 'PENDING', \`date\` text not null, \`type\` text check (\`type\` in ('service', 'inspection', 'repair', 'modification', 'tires', 'accident', 'restoration', 'other')) not null, \`performed_by\` text not null, \`odometer_km\` integer not null, \`note\` text null, \`item_titles\` json not null, \`workshop_name\` text not null, \`entry\` text null, \`created_at\` datetime not null, \`decided_at\` datetime null, constraint \`proposed_service_entries_session_id_foreign\` foreign key (\`session_id\`) references \`workshop_sessions\` (\`id\`), constraint \`proposed_service_entries_vehicle_id_foreign\` foreign key (\`vehicle_id\`) references \`vehicles\` (\`id\`), constraint \`proposed_service_entries_owner_id_foreign\` foreign key (\`owner_id\`) references \`users\` (\`id\`));`);
    this.addSql(`create index \`proposed_service_entries_session_id_index\` on \`proposed_service_entries\` (\`session_id\`);`);
    this.addSql(`create unique index \`proposed_service_entries_session_id_unique\` on \`proposed_service_entries\` (\`session_id\`);`);
    this.addSql(`create index \`proposed_service_entries_vehicle_id_index\` on \`proposed_service_entries\` (\`vehicle_id\`);`);
    this.addSql(`create index \`proposed_service_entries_owner_id_index\` on \`proposed_service_entries\` (\`owner_id\`);`);
    this.addSql(`create index \`proposed_service_entries_owner_id_status_index\` on \`proposed_service_entries\` (\`owner_id\`, \`status\`);`);

    this.addSql(`alter table \`service_entries\` add column \`confirmed_by_workshop\` integer not null default false;`);
  }

}
