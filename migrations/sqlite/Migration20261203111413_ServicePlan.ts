import { Migration } from '@mikro-orm/migrations';

export class Migration20261203111413_ServicePlan extends Migration {

  override name = 'Migration20261203111413_ServicePlan';

  override up(): void | Promise<void> {
    this.addSql(`create table \`service_plan_items\` (\`id\` text not null primary key, \`vehicle_id\` text not null, \`kind\` text check (\`kind\` in ('hu_au', 'inspektion', 'oelwechsel', 'zahnriemen', 'bremsfluessigkeit', 'reifenwechsel', 'custom')) not null, \`title\` text null, \`interval_months\` integer null, \`interval_km\` integer null, \`satisfied_by\` text not null, \`created_at\` datetime not null, constraint \`service_plan_items_vehicle_id_foreign\` foreign key (\`vehicle_id\`) references \`vehicles\` (\`id\`));`);
    this.addSql(`create index \`service_plan_items_vehicle_id_index\` on \`service_plan_items\` (\`vehicle_id\`);`);
    this.addSql(`create index \`service_plan_items_vehicle_id_created_at_id_index\` on \`service_plan_items\` (\`vehicle_id\`, \`created_at\`, \`id\`);`);

    this.addSql(`alter table \`vehicles\` add column \`first_registration\` text null;`);

    // Every vehicle registered before the service plan existed gets the suggested plan (SPEC §20), like a new one.
    this.addSql(`insert into \`service_plan_items\` (\`id\`, \`vehicle_id\`, \`kind\`, \`title\`, \`interval_months\`, \`interval_km\`, \`satisfied_by\`, \`created_at\`) select lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4' || substr(lower(hex(randomblob(2))), 2) || '-' || substr('89ab', 1 + (abs(random()) % 4), 1) || substr(lower(hex(randomblob(2))), 2) || '-' || lower(hex(randomblob(6))), \`id\`, 'hu_au', null, 24, null, 'inspection', \`created_at\` from \`vehicles\`;`);
    this.addSql(`insert into \`service_plan_items\` (\`id\`, \`vehicle_id\`, \`kind\`, \`title\`, \`interval_months\`, \`interval_km\`, \`satisfied_by\`, \`created_at\`) select lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4' || substr(lower(hex(randomblob(2))), 2) || '-' || substr('89ab', 1 + (abs(random()) % 4), 1) || substr(lower(hex(randomblob(2))), 2) || '-' || lower(hex(randomblob(6))), \`id\`, 'inspektion', null, 12, 15000, 'service,inspection', \`created_at\` from \`vehicles\`;`);
    this.addSql(`insert into \`service_plan_items\` (\`id\`, \`vehicle_id\`, \`kind\`, \`title\`, \`interval_months\`, \`interval_km\`, \`satisfied_by\`, \`created_at\`) select lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4' || substr(lower(hex(randomblob(2))), 2) || '-' || substr('89ab', 1 + (abs(random()) % 4), 1) || substr(lower(hex(randomblob(2))), 2) || '-' || lower(hex(randomblob(6))), \`id\`, 'bremsfluessigkeit', null, 24, null, 'service', \`created_at\` from \`vehicles\`;`);
  }

}
