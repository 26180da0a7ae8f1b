import { Migration } from '@mikro-orm/migrations';

export class Migration20261202190719_PublicShareTokenEncrypted extends Migration {

  override name = 'Migration20261202190719_PublicShareTokenEncrypted';

  override up(): void | Promise<void> {
    this.addSql(`alter table "public_shares" add "token_encrypted" text null;`);
  }

}
