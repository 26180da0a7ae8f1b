import { Migration } from '@mikro-orm/migrations';

export class Migration20261202190717_PublicShareTokenEncrypted extends Migration {

  override name = 'Migration20261202190717_PublicShareTokenEncrypted';

  override up(): void | Promise<void> {
    this.addSql(`alter table \`public_shares\` add column \`token_encrypted\` text null;`);
  }

}
