import { Migration } from '@mikro-orm/migrations';

export class Migration20261203111428_EntryImportedMark extends Migration {

  override name = 'Migration20261203111428_EntryImportedMark';

  override up(): void | Promise<void> {
    this.addSql(`alter table \`service_entries\` add column \`imported\` integer not null default false;`);
  }

}
