import { Migration } from '@mikro-orm/migrations';

export class Migration20261203082235_Inspections extends Migration {

  override name = 'Migration20261203082235_Inspections';

  override up(): void | Promise<void> {
    this.addSql(`create table \`inspection_events\` (\`id\` text not null primary key, \`vehicle_id\` text not null, \`source\` text check (\`source\` in ('WORKSHOP', 'READOUT', 'GPS', 'OWNER')) not null, \`result\` text check (\`result\` in ('OK', 'NOT_OK')) not null, \`title\` text not null, \`summary\` text null, \`details\` text null, \`occurred_at\` datetime not null, \`odometer_km\` integer null, \`created_by_id\` text not null, \`created_at\` datetime not null, constraint \`inspection_events_vehicle_id_foreign\` foreign key (\`vehicle_id\`) references \`vehicles\` (\`id\`), constraint \`inspection_events_created_by_id_foreign\` foreign key (\`created_by_id\`) references \`users\` (\`id\`));`);
    this.addSql(`create index \`inspection_events_vehicle_id_index\` on \`inspection_events\` (\`vehicle_id\`);`);
    this.addSql(`create index \`inspection_events_created_by_id_index\` on \`inspection_events\` (\`created_by_id\`);`);
    this.addSql(`create index \`inspection_events_vehicle_id_occurred_at_id_index\` on \`inspection_events\` (\`vehicle_id\`, \`occurred_at\`, \`id\`);`);

    this.addSql(`create table \`inspection_documents\` (\`inspection_id\` text not null, \`document_id\` text not null, primary key (\`inspection_id\`, \`document_id\`), constraint \`inspection_documents_inspection_id_foreign\` foreign key (\`inspection_id\`) references \`inspection_events\` (\`id\`) on update cascade on delete cascade, constraint \`inspection_documents_document_id_foreign\` foreign key (\`document_id\`) references \`documents\` (\`id\`) on update cascade on delete cascade);`);
    this.addSql(`create index \`inspection_documents_inspection_id_index\` on \`inspection_documents\` (\`inspection_id\`);`);
    this.addSql(`create index \`inspection_documents_document_id_index\` on \`inspection_documents\` (\`document_id\`);`);

    this.addSql(`create table \`defect_cases\` (\`id\` text not null primary key, \`vehicle_id\` text not null, \`inspection_id\` text not null, \`status\` text check (\`status\` in ('IN_PROGRESS', 'DONE')) not null, \`summary\` text not null, \`opened_at\` datetime not null, \`closed_at\` datetime null, \`closed_by\` text null, constraint \`defect_cases_vehicle_id_foreign\` foreign key (\`vehicle_id\`) references \`vehicles\` (\`id\`), constraint \`defect_cases_inspection_id_foreign\` foreign key (\`inspection_id\`) references \`inspection_events\` (\`id\`));`);
    this.addSql(`create index \`defect_cases_vehicle_id_index\` on \`defect_cases\` (\`vehicle_id\`);`);
    this.addSql(`create index \`defect_cases_inspection_id_index\` on \`defect_cases\` (\`inspection_id\`);`);
    this.addSql(`create unique index \`defect_cases_inspection_id_unique\` on \`defect_cases\` (\`inspection_id\`);`);
    this.addSql(`create index \`defect_cases_vehicle_id_status_index\` on \`defect_cases\` (\`vehicle_id\`, \`status\`);`);

    this.addSql(`create table \`remediations\` (\`id\` text not null primary key, \`defect_case_id\` text not null, \`vehicle_id\` text not null, \`result\` text check (\`result\` in ('OK', 'NOT_OK')) not null, \`title\` text not null, \`summary\` text null, \`occurred_at\` datetime not null, \`odometer_km\` integer null, \`created_by_id\` text not null, \`created_at\` datetime not null, constraint \`remediations_defect_case_id_foreign\` foreign key (\`defect_case_id\`) references \`defect_cases\` (\`id\`), constraint \`remediations_vehicle_id_foreign\` foreign key (\`vehicle_id\`) references \`vehicles\` (\`id\`), constraint \`remediations_created_by_id_foreign\` foreign key (\`created_by_id\`) references \`users\` (\`id\`));`);
    this.addSql(`create index \`remediations_defect_case_id_index\` on \`remediations\` (\`defect_case_id\`);`);
    this.addSql(`create index \`remediations_vehicle_id_index\` on \`remediations\` (\`vehicle_id\`);`);
    this.addSql(`create index \`remediations_created_by_id_index\` on \`remediations\` (\`created_by_id\`);`);
    this.addSql(`create index \`remediations_defect_case_id_occurred_at_id_index\` on \`remediations\` (\`defect_case_id\`, \`occurred_at\`, \`id\`);`);

    this.addSql(`create table \`remediation_documents\` (\`remediation_id\` text not null, \`document_id\` text not null, primary key (\`remediation_id\`, \`document_id\`), constraint \`remediation_documents_remediation_id_foreign\` foreign key (\`remediation_id\`) references \`remediations\` (\`id\`) on update cascade on delete cascade, constraint \`remediation_documents_document_id_foreign\` foreign key (\`document_id\`) references \`documents\` (\`id\`) on update cascade on delete cascade);`);
    this.addSql(`create index \`remediation_documents_remediation_id_index\` on \`remediation_documents\` (\`remediation_id\`);`);
    this.addSql(`create index \`remediation_documents_document_id_index\` on \`remediation_documents\` (\`document_id\`);`);

    this.addSql(`alter table \`trust_folders\` add column \`deleted_at\` datetime null;`);

    // Open cases feed the trust light (SPEC §7 open_defect_case): opening and closing one counts
    // in the vehicle's public view version like its entries (server/sharing/public-view-version.entity.ts).
    this.addSql("create trigger `defect_cases_insert_public_view_version` AFTER INSERT on `defect_cases` for each ROW begin insert into public_view_versions (vehicle_id, version) select NEW.vehicle_id, 1 where NEW.vehicle_id is not null on conflict (vehicle_id) do update set version = version + 1; end;");
    this.addSql("create trigger `defect_cases_update_public_view_version` AFTER UPDATE on `defect_cases` for each ROW begin insert into public_view_versions (vehicle_id, version) select OLD.vehicle_id, 1 where OLD.vehicle_id is not null on conflict (vehicle_id) do update set version = version + 1; insert into public_view_versions (vehicle_id, version) select NEW.vehicle_id, 1 where NEW.vehicle_id is not null on conflict (vehicle_id) do update set version = version + 1; end;");
    this.addSql("create trigger `defect_cases_delete_public_view_version` AFTER DELETE on `defect_cases` for each ROW begin insert into public_view_versions (vehicle_id, version) select OLD.vehicle_id, 1 where OLD.vehicle_id is not null on conflict (vehicle_id) do update set version = version + 1; end;");
  }

}
