import { Migration } from '@mikro-orm/migrations';

export class Migration20261122022642AddonsTransfersExports extends Migration {
  async up(): Promise<void> {
    this.addSql("create table `export_grants` (`id` text not null primary key, `token_hmac` text not null, `target_type` text check (`target_type` in ('vehicle', 'account')) not null, `target_id` text not null, `granted_to_id` text not null, `ttl_seconds` integer not null, `expires_at` datetime not null, `consumed_at` datetime null, `created_at` datetime not null, constraint `export_grants_granted_to_id_foreign` foreign key (`granted_to_id`) references `users` (`id`));");
    this.addSql("create unique index `export_grants_token_hmac_unique` on `export_grants` (`token_hmac`);");
    this.addSql("create index `export_grants_granted_to_id_index` on `export_grants` (`granted_to_id`);");
    this.addSql("create table `entitlements` (`id` text not null primary key, `user_id` text not null, `key` text check (`key` in ('extra_vehicles', 'restauration', 'oldtimer', 'unfall')) not null, `granted_at` datetime not null, `granted_by_id` text null, constraint `entitlements_user_id_foreign` foreign key (`user_id`) references `users` (`id`), constraint `entitlements_granted_by_id_foreign` foreign key (`granted_by_id`) references `users` (`id`) on delete set null);");
    this.addSql("create index `entitlements_user_id_index` on `entitlements` (`user_id`);");
    this.addSql("create index `entitlements_granted_by_id_index` on `entitlements` (`granted_by_id`);");
    this.addSql("create unique index `entitlements_user_id_key_unique` on `entitlements` (`user_id`, `key`);");
    this.addSql("create table `addon_configs` (`key` text not null primary key, `allow_new` integer not null default false, `requires_payment` integer not null default true, `admin_only` integer not null default false, `updated_at` datetime not null, `updated_by_id` text null, constraint `addon_configs_updated_by_id_foreign` foreign key (`updated_by_id`) references `users` (`id`) on delete set null);");
    this.addSql("create index `addon_configs_updated_by_id_index` on `addon_configs` (`updated_by_id`);");
    this.addSql("create table `trust_folders` (`id` text not null primary key, `vehicle_id` text not null, `owner_id` text not null, `addon_key` text check (`addon_key` in ('restauration', 'oldtimer', 'unfall')) not null, `title` text not null, `created_by_id` text not null, `created_at` datetime not null, constraint `trust_folders_vehicle_id_foreign` foreign key (`vehicle_id`) references `vehicles` (`id`), constraint `trust_folders_owner_id_foreign` foreign key (`owner_id`) references `users` (`id`), constraint `trust_folders_created_by_id_foreign` foreign key (`created_by_id`) references `users` (`id`));");
    this.addSql("create index `trust_folders_vehicle_id_index` on `trust_folders` (`vehicle_id`);");
    this.addSql("create index `trust_folders_owner_id_index` on `trust_folders` (`owner_id`);");
    this.addSql("create index `trust_folders_created_by_id_index` on `trust_folders` (`created_by_id`);");
    this.addSql("create table `trust_folder_stages` (`id` text not null primary key, `folder_id` text not null, `name` text not null, `date` text not null, `performed_by` text not null, `cost_cents` integer null, `created_by_id` text not null, `created_at` datetime not null, constraint `trust_folder_stages_folder_id_foreign` foreign key (`folder_id`) references `trust_folders` (`id`), constraint `trust_folder_stages_created_by_id_foreign` foreign key (`created_by_id`) references `users` (`id`));");
    this.addSql("create index `trust_folder_stages_folder_id_index` on `trust_folder_stages` (`folder_id`);");
    this.addSql("create index `trust_folder_stages_created_by_id_index` on `trust_folder_stages` (`created_by_id`);");
    this.addSql("create table `ownership_transfers` (`id` text not null primary key, `vehicle_id` text not null, `initiator_id` text not null, `token_hmac` text not null, `state` text check (`state` in ('created', 'redeemed', 'cancelled', 'expired')) not null default 'created', `open_for_vehicle` text null, `expires_at` datetime not null, `extended_at` datetime null, `redeemed_by_id` text null, `redeemed_at` datetime null, `cancelled_at` datetime null, `created_at` datetime not null, constraint `ownership_transfers_vehicle_id_foreign` foreign key (`vehicle_id`) references `vehicles` (`id`), constraint `ownership_transfers_initiator_id_foreign` foreign key (`initiator_id`) references `users` (`id`), constraint `ownership_transfers_redeemed_by_id_foreign` foreign key (`redeemed_by_id`) references `users` (`id`) on delete set null);");
    this.addSql("create index `ownership_transfers_vehicle_id_index` on `ownership_transfers` (`vehicle_id`);");
    this.addSql("create index `ownership_transfers_initiator_id_index` on `ownership_transfers` (`initiator_id`);");
    this.addSql("create unique index `ownership_transfers_token_hmac_unique` on `ownership_transfers` (`token_hmac`);");
    this.addSql("create unique index `ownership_transfers_open_for_vehicle_unique` on `ownership_transfers` (`open_for_vehicle`);");
    this.addSql("create index `ownership_transfers_redeemed_by_id_index` on `ownership_transfers` (`redeemed_by_id`);");
    this.addSql("create table `trust_folder_stage_documents` (`stage_id` text not null, `document_id` text not null, `role` text check (`role` in ('evidence', 'before', 'after')) not null, primary key (`stage_id`, `document_id`, `role`), constraint `trust_folder_stage_documents_stage_id_foreign` foreign key (`stage_id`) references `trust_folder_stages` (`id`), constraint `trust_folder_stage_documents_document_id_foreign` foreign key (`document_id`) references `documents` (`id`));");
    this.addSql("create index `trust_folder_stage_documents_stage_id_index` on `trust_folder_stage_documents` (`stage_id`);");
    this.addSql("create index `trust_folder_stage_documents_document_id_index` on `trust_folder_stage_documents` (`document_id`);");
    this.addSql("create table `vehicle_addons` (`id` text not null primary key, `vehicle_id` text not null, `addon_key` text check (`addon_key` in ('restauration', 'oldtimer', 'unfall')) not null, `enabled` integer not null, `first_enabled_at` datetime not null, `updated_at` datetime not null, constraint `vehicle_addons_vehicle_id_foreign` foreign key (`vehicle_id`) references `vehicles` (`id`));");
    this.addSql("create index `vehicle_addons_vehicle_id_index` on `vehicle_addons` (`vehicle_id`);");
    this.addSql("create unique index `vehicle_addons_vehicle_id_addon_key_unique` on `vehicle_addons` (`vehicle_id`, `addon_key`);");
  }
}
