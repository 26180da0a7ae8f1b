import { Migration } from '@mikro-orm/migrations';

export class Migration20261203085806_EntryOdometerReplaced extends Migration {

  override name = 'Migration20261203085806_EntryOdometerReplaced';

  override up(): void | Promise<void> {
    this.addSql(`alter table "service_entries" add "odometer_replaced" boolean not null default false;`);
  }

}
