import { Migration } from '@mikro-orm/migrations';

export class Migration20261122021307EntitlementsPublicShares extends Migration {
  async up(): Promise<void> {
    this.addSql("create table `entitlements` (`id` text not null primary key, `user_id` text not null, `key` text not null, `created_at` datetime not null, constraint `entitlements_user_id_foreign` foreign key (`user_id`) references `users` (`id`));");
    this.addSql("create index `entitlements_user_id_index` on `entitlements` (`user_id`);");
    this.addSql("create unique index `entitlements_user_id_key_unique` on `entitlements` (`user_id`, `key`);");
    this.addSql("create table `public_shares` (`id` text not null primary key, `vehicle_id` text not null, `token_hmac` text not null, `created_by_id` text not null, `created_at` datetime not null, `revoked_at` datetime null, constraint `public_shares_vehicle_id_foreign` foreign key (`vehicle_id`) references `vehicles` (`id`), constraint `public_shares_created_by_id_foreign` foreign key (`created_by_id`) references `users` (`id`));");
    this.addSql("create index `public_shares_vehicle_id_index` on `public_shares` (`vehicle_id`);");
    this.addSql("create unique index `public_shares_token_hmac_unique` on `public_shares` (`token_hmac`);");
    this.addSql("create index `public_shares_created_by_id_index` on `public_shares` (`created_by_id`);");
    this.addSql("create index `public_shares_vehicle_id_revoked_at_index` on `public_shares` (`vehicle_id`, `revoked_at`);");
  }
}
