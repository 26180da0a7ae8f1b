import { Migration } from '@mikro-orm/migrations';

export class Migration20261203111658_Certificates extends Migration {

  override name = 'Migration20261203111658_Certificates';

  override up(): void | Promise<void> {
    this.addSql(`create table \`certificates\` (\`id\` text not null primary key, \`vehicle_id\` text not null, \`sequence\` integer not null, \`issued_by_id\` text not null, \`issued_at\` datetime not null, \`valid_until\` datetime not null, \`revoked_at\` datetime null, \`make\` text not null, \`model\` text not null, \`chain_fingerprint\` text not null, \`payload\` text not null, \`signature\` text not null, \`key_id\` text not null, constraint \`certificates_vehicle_id_foreign\` foreign key (\`vehicle_id\`) references \`vehicles\` (\`id\`), constraint \`certificates_issued_by_id_foreign\` foreign key (\`issued_by_id\`) references \`users\` (\`id\`));`);
    this.addSql(`create index \`certificates_vehicle_id_index\` on \`certificates\` (\`vehicle_id\`);`);
    this.addSql(`create index \`certificates_issued_by_id_index\` on \`certificates\` (\`issued_by_id\`);`);
    this.addSql(`create unique index \`certificates_vehicle_id_sequence_unique\` on \`certificates\` (\`vehicle_id\`, \`sequence\`);`);
  }

}
