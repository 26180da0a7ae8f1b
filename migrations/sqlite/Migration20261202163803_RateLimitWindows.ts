import { Migration } from '@mikro-orm/migrations';

export class Migration20261202163803_RateLimitWindows extends Migration {

  override name = 'Migration20261202163803_RateLimitWindows';

  override up(): void | Promise<void> {
    this.addSql(`create table \`rate_limit_windows\` (\`id\` text not null primary key, \`hits\` json not null, \`last_hit_at\` datetime not null);`);
    this.addSql(`create index \`rate_limit_windows_last_hit_at_index\` on \`rate_limit_windows\` (\`last_hit_at\`);`);
  }

}
