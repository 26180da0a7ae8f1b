import { Migration } from '@mikro-orm/migrations';

export class Migration20261203024215_IdempotencyKeys extends Migration {

  override name = 'Migration20261203024215_IdempotencyKeys';

  override up(): void | Promise<void> {
    this.addSql(`create table "idempotency_keys" ("id" varchar(255) not null, "request_hash" varchar(255) not null, "holder" varchar(255) null, "locked_until" timestamptz not null, "status" int null, "content_type" varchar(255) null, "body" text null, "created_at" timestamptz not null, "expires_at" timestamptz not null, primary key ("id"));`);
    this.addSql(`create index "idempotency_keys_expires_at_index" on "idempotency_keys" ("expires_at");`);
  }

}
