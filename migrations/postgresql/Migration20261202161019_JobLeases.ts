import { Migration } from '@mikro-orm/migrations';

export class Migration20261202161019_JobLeases extends Migration {

  override name = 'Migration20261202161019_JobLeases';

  override up(): void | Promise<void> {
    this.addSql(`create table "job_leases" ("name" varchar(255) not null, "holder" varchar(255) null, "lease_until" timestamptz null, "next_run_at" timestamptz null, "last_success_at" timestamptz null, "last_failure_at" timestamptz null, primary key ("name"));`);
  }

}
