import { Migration } from '@mikro-orm/migrations';

export class Migration20261203111431_EntryImportedMark extends Migration {

  override name = 'Migration20261203111431_EntryImportedMark';

  override up(): void | Promise<void> {
    this.addSql(`alter table "service_entries" add "imported" boolean not null default false;`);
  }

}
