import { Migration } from '@mikro-orm/migrations';

export class Migration20261203024424_Webhooks extends Migration {

  override name = 'Migration20261203024424_Webhooks';

  override up(): void | Promise<void> {
    this.addSql(`create table \`webhook_endpoints\` (\`id\` text not null primary key, \`owner_id\` text not null, \`url\` text not null, \`events\` json not null, \`secret_encrypted\` text not null, \`active\` integer not null default true, \`created_at\` datetime not null, \`updated_at\` datetime not null, constraint \`webhook_endpoints_owner_id_foreign\` foreign key (\`owner_id\`) references \`users\` (\`id\`));`);
    this.addSql(`create index \`webhook_endpoints_owner_id_index\` on \`webhook_endpoints\` (\`owner_id\`);`);

    this.addSql(`create table \`webhook_deliveries\` (\`id\` text not null primary key, \`endpoint_id\` text not null, \`event_id\` text not null, \`event_type\` text not null, \`payload\` text not null, \`status\` text check (\`status\` in ('pending', 'delivered', 'failed')) not null default 'pending', \`attempts\` integer not null default 0, \`next_attempt_at\` datetime null, \`last_attempt_at\` datetime null, \`last_status_code\` integer null, \`last_error\` text check (\`last_error\` in ('http_status', 'timeout', 'connection_failed', 'address_refused')) null, \`created_at\` datetime not null, \`delivered_at\` datetime null, constraint \`webhook_deliveries_endpoint_id_foreign\` foreign key (\`endpoint_id\`) references \`webhook_endpoints\` (\`id\`) on delete cascade);`);
    this.addSql(`create index \`webhook_deliveries_endpoint_id_index\` on \`webhook_deliveries\` (\`endpoint_id\`);`);
    this.addSql(`create index \`webhook_deliveries_status_next_attempt_at_index\` on \`webhook_deliveries\` (\`status\`, \`next_attempt_at\`);`);
    this.addSql(`create index \`webhook_deliveries_endpoint_id_created_at_index\` on \`webhook_deliveries\` (\`endpoint_id\`, \`created_at\`);`);
  }

}
