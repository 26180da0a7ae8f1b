import { Migration } from '@mikro-orm/migrations';

export class Migration20261203024427_Webhooks extends Migration {

  override name = 'Migration20261203024427_Webhooks';

  override up(): void | Promise<void> {
    this.addSql(`create table "webhook_endpoints" ("id" varchar(255) not null, "owner_id" varchar(255) not null, "url" text not null, "events" jsonb not null, "secret_encrypted" text not null, "active" boolean not null default true, "created_at" timestamptz not null, "updated_at" timestamptz not null, primary key ("id"));`);
    this.addSql(`create index "webhook_endpoints_owner_id_index" on "webhook_endpoints" ("owner_id");`);

    this.addSql(`create table "webhook_deliveries" ("id" varchar(255) not null, "endpoint_id" varchar(255) not null, "event_id" varchar(255) not null, "event_type" varchar(255) not null, "payload" text not null, "status" text not null default 'pending', "attempts" int not null default 0, "next_attempt_at" timestamptz null, "last_attempt_at" timestamptz null, "last_status_code" int null, "last_error" text null, "created_at" timestamptz not null, "delivered_at" timestamptz null, primary key ("id"));`);
    this.addSql(`create index "webhook_deliveries_status_next_attempt_at_index" on "webhook_deliveries" ("status", "next_attempt_at");`);
    this.addSql(`create index "webhook_deliveries_endpoint_id_created_at_index" on "webhook_deliveries" ("endpoint_id", "created_at");`);

    this.addSql(`alter table "webhook_endpoints" add constraint "webhook_endpoints_owner_id_foreign" foreign key ("owner_id") references "users" ("id");`);

    this.addSql(`alter table "webhook_deliveries" add constraint "webhook_deliveries_endpoint_id_foreign" foreign key ("endpoint_id") references "webhook_endpoints" ("id") on delete cascade;`);
    this.addSql(`alter table "webhook_deliveries" add constraint "webhook_deliveries_status_check" check ("status" in ('pending', 'delivered', 'failed'));`);
    this.addSql(`alter table "webhook_deliveries" add constraint "webhook_deliveries_last_error_check" check ("last_error" in ('http_status', 'timeout', 'connection_failed', 'address_refused'));`);
  }

}
