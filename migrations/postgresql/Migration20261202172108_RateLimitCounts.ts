import { Migration } from '@mikro-orm/migrations';

export class Migration20261202172108_RateLimitCounts extends Migration {

  override name = 'Migration20261202172108_RateLimitCounts';

  override up(): void | Promise<void> {
    this.addSql(`create table "rate_limit_counts" ("id" varchar(255) not null, "key" varchar(255) not null, "slot" bigint not null, "hits" int not null, "expires_at" timestamptz not null, primary key ("id"));`);
    this.addSql(`create index "rate_limit_counts_expires_at_index" on "rate_limit_counts" ("expires_at");`);
    this.addSql(`create index "rate_limit_counts_key_slot_index" on "rate_limit_counts" ("key", "slot");`);
  }

}
