import { Migration } from '@mikro-orm/migrations';

export class Migration20261203111542_ChainLinks extends Migration {

  override name = 'Migration20261203111542_ChainLinks';

  override up(): void | Promise<void> {
    this.addSql(`create table "chain_links" ("id" varchar(255) not null, "vehicle_id" varchar(255) not null, "sequence" int not null, "record_type" text not null, "record_id" varchar(255) not null, "documents" text not null, "hash" varchar(255) not null, "created_at" timestamptz not null, primary key ("id"));`);
    this.addSql(`create index "chain_links_record_id_index" on "chain_links" ("record_id");`);
    this.addSql(`alter table "chain_links" add constraint "chain_links_vehicle_id_sequence_unique" unique ("vehicle_id", "sequence");`);

    this.addSql(`alter table "chain_links" add constraint "chain_links_vehicle_id_foreign" foreign key ("vehicle_id") references "vehicles" ("id");`);
    this.addSql(`alter table "chain_links" add constraint "chain_links_record_type_check" check ("record_type" in ('entry_version', 'entry_document', 'inspection', 'defect_case', 'remediation'));`);
  }

}
