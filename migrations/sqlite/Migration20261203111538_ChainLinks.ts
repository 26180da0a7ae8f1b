import { Migration } from '@mikro-orm/migrations';

export class Migration20261203111538_ChainLinks extends Migration {

  override name = 'Migration20261203111538_ChainLinks';

  override up(): void | Promise<void> {
    this.addSql(`create table \`chain_links\` (\`id\` text not null primary key, \`vehicle_id\` text not null, \`sequence\` integer not null, \`record_type\` text check (\`record_type\` in ('entry_version', 'entry_document', 'inspection', 'defect_case', 'remediation')) not null, \`record_id\` text not null, \`documents\` text not null, \`hash\` text not null, \`created_at\` datetime not null, constraint \`chain_links_vehicle_id_foreign\` foreign key (\`vehicle_id\`) references \`vehicles\` (\`id\`));`);
    this.addSql(`create index \`chain_links_vehicle_id_index\` on \`chain_links\` (\`vehicle_id\`);`);
    this.addSql(`create index \`chain_links_record_id_index\` on \`chain_links\` (\`record_id\`);`);
    this.addSql(`create unique index \`chain_links_vehicle_id_sequence_unique\` on \`chain_links\` (\`vehicle_id\`, \`sequence\`);`);
  }

}
