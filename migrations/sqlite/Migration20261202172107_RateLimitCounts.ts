import { Migration } from '@mikro-orm/migrations';

export class Migration20261202172107_RateLimitCounts extends Migration {

  override name = 'Migration20261202172107_RateLimitCounts';

  override up(): void | Promise<void> {
    this.addSql(`create table \`rate_limit_counts\` (\`id\` text not null primary key, \`key\` text not null, \`slot\` bigint not null, \`hits\` integer not null, \`expires_at\` datetime not null);`);
    this.addSql(`create index \`rate_limit_counts_expires_at_index\` on \`rate_limit_counts\` (\`expires_at\`);`);
    this.addSql(`create index \`rate_limit_counts_key_slot_index\` on \`rate_limit_counts\` (\`key\`, \`slot\`);`);
  }

}
