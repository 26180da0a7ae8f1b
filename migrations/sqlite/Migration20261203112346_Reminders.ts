import { Migration } from '@mikro-orm/migrations';

export class Migration20261203112346_Reminders extends Migration {

  override name = 'Migration20261203112346_Reminders';

  override up(): void | Promise<void> {
    this.addSql(`create table \`calendar_feeds\` (\`id\` text not null primary key, \`user_id\` text not null, \`secret_hmac\` text not null, \`created_at\` datetime not null, constraint \`calendar_feeds_user_id_foreign\` foreign key (\`user_id\`) references \`users\` (\`id\`));`);
    this.addSql(`create index \`calendar_feeds_user_id_index\` on \`calendar_feeds\` (\`user_id\`);`);
    this.addSql(`create unique index \`calendar_feeds_user_id_unique\` on \`calendar_feeds\` (\`user_id\`);`);
    this.addSql(`create unique index \`calendar_feeds_secret_hmac_unique\` on \`calendar_feeds\` (\`secret_hmac\`);`);

    this.addSql(`create table \`reminder_notices\` (\`id\` text not null primary key, \`plan_item_id\` text not null, \`recipient_id\` text not null, \`state\` text check (\`state\` in ('bald_faellig', 'ueberfaellig')) not null, \`due_key\` text not null, \`decided_at\` datetime not null, constraint \`reminder_notices_plan_item_id_foreign\` foreign key (\`plan_item_id\`) references \`service_plan_items\` (\`id\`) on delete cascade, constraint \`reminder_notices_recipient_id_foreign\` foreign key (\`recipient_id\`) references \`users\` (\`id\`) on delete cascade);`);
    this.addSql(`create index \`reminder_notices_plan_item_id_index\` on \`reminder_notices\` (\`plan_item_id\`);`);
    this.addSql(`create index \`reminder_notices_recipient_id_index\` on \`reminder_notices\` (\`recipient_id\`);`);
    this.addSql(`create unique index \`reminder_notices_plan_item_id_recipient_id_state_due_key_unique\` on \`reminder_notices\` (\`plan_item_id\`, \`recipient_id\`, \`state\`, \`due_key\`);`);

    this.addSql(`alter table \`users\` add column \`reminders_enabled\` integer not null default true;`);
  }

}
