import { Migration } from '@mikro-orm/migrations';

export class Migration20261203024213_IdempotencyKeys extends Migration {

  override name = 'Migration20261203024213_IdempotencyKeys';

  override up(): void | Promise<void> {
    this.addSql(`create table \`idempotency_keys\` (\`id\` text not null primary key, \`request_hash\` text not null, \`holder\` text null, \`locked_until\` datetime not null, \`status\` integer null, \`content_type\` text null, \`body\` text null, \`created_at\` datetime not null, \`expires_at\` datetime not null);`);
    this.addSql(`create index \`idempotency_keys_expires_at_index\` on \`idempotency_keys\` (\`expires_at\`);`);
  }

}
