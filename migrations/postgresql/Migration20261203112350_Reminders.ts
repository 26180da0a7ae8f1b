import { Migration } from '@mikro-orm/migrations';

export class Migration20261203112350_Reminders extends Migration {

  override name = 'Migration20261203112350_Reminders';

  override up(): void | Promise<void> {
    this.addSql(`create table "calendar_feeds" ("id" varchar(255) not null, "user_id" varchar(255) not null, "secret_hmac" varchar(255) not null, "created_at" timestamptz not null, primary key ("id"));`);
    this.addSql(`alter table "calendar_feeds" add constraint "calendar_feeds_user_id_unique" unique ("user_id");`);
    this.addSql(`alter table "calendar_feeds" add constraint "calendar_feeds_secret_hmac_unique" unique ("secret_hmac");`);

    this.addSql(`create table "reminder_notices" ("id" varchar(255) not null, "plan_item_id" varchar(255) not null, "recipient_id" varchar(255) not null, "state" text not null, "due_key" varchar(255) not null, "decided_at" timestamptz not null, primary key ("id"));`);
    this.addSql(`alter table "reminder_notices" add constraint "reminder_notices_plan_item_id_recipient_id_state_due_key_unique" unique ("plan_item_id", "recipient_id", "state", "due_key");`);

    this.addSql(`alter table "users" add "reminders_enabled" boolean not null default true;`);

    this.addSql(`alter table "calendar_feeds" add constraint "calendar_feeds_user_id_foreign" foreign key ("user_id") references "users" ("id");`);

    this.addSql(`alter table "reminder_notices" add constraint "reminder_notices_plan_item_id_foreign" foreign key ("plan_item_id") references "service_plan_items" ("id") on delete cascade;`);
    this.addSql(`alter table "reminder_notices" add constraint "reminder_notices_recipient_id_foreign" foreign key ("recipient_id") references "users" ("id") on delete cascade;`);
    this.addSql(`alter table "reminder_notices" add constraint "reminder_notices_state_check" check ("state" in ('bald_faellig', 'ueberfaellig'));`);
  }

}
