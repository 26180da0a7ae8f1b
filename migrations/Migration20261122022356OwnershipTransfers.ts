import { Migration } from '@mikro-orm/migrations';

export class Migration20261122022356OwnershipTransfers extends Migration {
  async up(): Promise<void> {
    this.addSql("create table `ownership_transfers` (`id` text not null primary key, `vehicle_id` text not null, `initiator_id` text not null, `token_hmac` text not null, `state` text check (`state` in ('created', 'redeemed', 'cancelled', 'expired')) not null default 'created', `open_for_vehicle` text null, `expires_at` datetime not null, `extended_at` datetime null, `redeemed_by_id` text null, `redeemed_at` datetime null, `cancelled_at` datetime null, `created_at` datetime not null, constraint `ownership_transfers_vehicle_id_foreign` foreign key (`vehicle_id`) references `vehicles` (`id`), constraint `ownership_transfers_initiator_id_foreign` foreign key (`initiator_id`) references `users` (`id`), constraint `ownership_transfers_redeemed_by_id_foreign` foreign key (`redeemed_by_id`) references `users` (`id`) on delete set null);");
    this.addSql("create index `ownership_transfers_vehicle_id_index` on `ownership_transfers` (`vehicle_id`);");
    this.addSql("create index `ownership_transfers_initiator_id_index` on `ownership_transfers` (`initiator_id`);");
    this.addSql("create unique index `ownership_transfers_token_hmac_unique` on `ownership_transfers` (`token_hmac`);");
    this.addSql("create unique index `ownership_transfers_open_for_vehicle_unique` on `ownership_transfers` (`open_for_vehicle`);");
    this.addSql("create index `ownership_transfers_redeemed_by_id_index` on `ownership_transfers` (`redeemed_by_id`);");
    this.addSql("pragma foreign_keys = off;");
    this.addSql("create table `addon_configs__temp_alter` (`key` text check (`key` in ('restauration', 'oldtimer', 'unfall')) not null primary key, `allow_new` integer not null default false, `requires_payment` integer not null default true, `admin_only` integer not null default false, `updated_at` datetime not null, `updated_by_id` text null, constraint `addon_configs_updated_by_id_foreign` foreign key (`updated_by_id`) references `users` (`id`) on delete set null);");
    this.addSql("insert into `addon_configs__temp_alter` select `key`, `allow_new`, `requires_payment`, `admin_only`, `updated_at`, `updated_by_id` from `addon_configs`;");
    this.addSql("drop table `addon_configs`;");
    this.addSql("alter table `addon_configs__temp_alter` rename to `addon_configs`;");
    this.addSql("create index `addon_configs_updated_by_id_index` on `addon_configs` (`updated_by_id`);");
    this.addSql("pragma foreign_keys = on;");
  }
}
