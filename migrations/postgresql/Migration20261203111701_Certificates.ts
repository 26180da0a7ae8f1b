import { Migration } from '@mikro-orm/migrations';

export class Migration20261203111701_Certificates extends Migration {

  override name = 'Migration20261203111701_Certificates';

  override up(): void | Promise<void> {
    this.addSql(`create table "certificates" ("id" varchar(255) not null, "vehicle_id" varchar(255) not null, "sequence" int not null, "issued_by_id" varchar(255) not null, "issued_at" timestamptz not null, "valid_until" timestamptz not null, "revoked_at" timestamptz null, "make" varchar(255) not null, "model" varchar(255) not null, "chain_fingerprint" varchar(255) not null, "payload" text not null, "signature" varchar(255) not null, "key_id" varchar(255) not null, primary key ("id"));`);
    this.addSql(`alter table "certificates" add constraint "certificates_vehicle_id_sequence_unique" unique ("vehicle_id", "sequence");`);

    this.addSql(`alter table "certificates" add constraint "certificates_vehicle_id_foreign" foreign key ("vehicle_id") references "vehicles" ("id");`);
    this.addSql(`alter table "certificates" add constraint "certificates_issued_by_id_foreign" foreign key ("issued_by_id") references "users" ("id");`);
  }

}
