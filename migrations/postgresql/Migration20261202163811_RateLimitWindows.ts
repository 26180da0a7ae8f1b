import { Migration } from '@mikro-orm/migrations';

export class Migration20261202163811_RateLimitWindows extends Migration {

  override name = 'Migration20261202163811_RateLimitWindows';

  override up(): void | Promise<void> {
    this.addSql(`create table "rate_limit_windows" ("id" varchar(255) not null, "hits" jsonb not null, "last_hit_at" timestamptz not null, primary key ("id"));`);
    this.addSql(`create index "rate_limit_windows_last_hit_at_index" on "rate_limit_windows" ("last_hit_at");`);
  }

}
