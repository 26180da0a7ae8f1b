import { Migration } from '@mikro-orm/migrations';

export class Migration20261203085801_EntryOdometerReplaced extends Migration {

  override name = 'Migration20261203085801_EntryOdometerReplaced';

  override up(): void | Promise<void> {
    this.addSql(`alter table \`service_entries\` add column \`odometer_replaced\` integer not null default false;`);
  }

}
