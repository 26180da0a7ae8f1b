import { Migration } from '@mikro-orm/migrations';

export class Migration20261203023403_PageIndexes extends Migration {

  override name = 'Migration20261203023403_PageIndexes';

  override up(): void | Promise<void> {
    this.addSql(`create index \`vehicles_owner_id_created_at_id_index\` on \`vehicles\` (\`owner_id\`, \`created_at\`, \`id\`);`);

    this.addSql(`drop index \`service_entries_vehicle_id_is_latest_index\`;`);
    this.addSql(`create index \`service_entries_vehicle_id_is_latest_date_created_at_id_index\` on \`service_entries\` (\`vehicle_id\`, \`is_latest\`, \`date\`, \`created_at\`, \`id\`);`);

    this.addSql(`create index \`documents_vehicle_id_created_at_id_index\` on \`documents\` (\`vehicle_id\`, \`created_at\`, \`id\`);`);
  }

}
