import { Migration } from '@mikro-orm/migrations';

export class Migration20261202161014_JobLeases extends Migration {

  override name = 'Migration20261202161014_JobLeases';

  override up(): void | Promise<void> {
    this.addSql(`create table \`job_leases\` (\`name\` text not null primary key, \`holder\` text null, \`lease_until\` datetime null, \`next_run_at\` datetime null, \`last_success_at\` datetime null, \`last_failure_at\` datetime null);`);
  }

}
