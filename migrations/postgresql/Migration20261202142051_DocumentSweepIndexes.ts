import { Migration } from '@mikro-orm/migrations';

export class Migration20261202142051_DocumentSweepIndexes extends Migration {

  override name = 'Migration20261202142051_DocumentSweepIndexes';

  override up(): void | Promise<void> {
    this.addSql(`create index "documents_scan_status_created_at_index" on "documents" ("scan_status", "created_at");`);
    this.addSql(`create index "documents_approval_status_reviewed_at_index" on "documents" ("approval_status", "reviewed_at");`);
    this.addSql(`create index "documents_pii_status_pii_status_changed_at_index" on "documents" ("pii_status", "pii_status_changed_at");`);
  }

}
