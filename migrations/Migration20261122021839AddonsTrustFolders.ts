import { Migration } from '@mikro-orm/migrations';

export class Migration20261122021839AddonsTrustFolders extends Migration {
  async up(): Promise<void> {
    this.addSql("create table `entitlements` (`id` text not null primary key, `user_id` text not null, `key` text check (`key` in ('extra_vehicles', 'restauration', 'oldtimer', 'unfall')) not null, `granted_at` datetime not null, `granted_by_id` text null, constraint `entitlements_user_id_foreign` foreign key (`user_id`) references `users` (`id`), constraint `entitlements_granted_by_id_foreign` foreign key (`granted_by_id`) references `users` (`id`) on delete set null);");
    this.addSql("create index `entitlements_user_id_index` on `entitlements` (`user_id`);");
    this.addSql("create index `entitlements_granted_by_id_index` on `entitlements` (`granted_by_id`);");
    this.addSql("create unique index `entitlements_user_id_key_unique` on `entitlements` (`user_id`, `key`);");
    this.addSql("create table `addon_configs` (`key` text check (`key` in ('restauration', 'oldtimer', 'unfall')) not null primary key, `allow_new` integer not null default false, `requires_payment` integer not null default true, `admin_only` integer not null default false, `updated_at` datetime not null, `updated_by_id` text null, constraint `addon_configs_updated_by_id_foreign` foreign key (`updated_by_id`) references `users` (`id`) on delete set null);");
    this.addSql("create index `addon_configs_updated_by_id_index` on `addon_configs` (`updated_by_id`);");
    this.addSql("create table `trust_folders` (`id` text not null primary key, `vehicle_id` text not null, `owner_id` text not null, `addon_key` text check (`addon_key` in ('restauration', 'oldtimer', 'unfall')) not null, `title` text not null, `created_by_id` text not null, `created_at` datetime not null, constraint `trust_folders_vehicle_id_foreign` foreign key (`vehicle_id`) references `vehicles` (`id`), constraint `trust_folders_owner_id_foreign` foreign key (`owner_id`) references `users` (`id`), constraint `trust_folders_created_by_id_foreign` foreign key (`created_by_id`) references `users` (`id`));");
    this.addSql("create index `trust_folders_vehicle_id_index` on `trust_folders` (`vehicle_id`);");
    this.addSql("create index `trust_folders_owner_id_index` on `trust_folders` (`owner_id`);");
    this.addSql("create index `trust_folders_created_by_id_index` on `trust_folders` (`created_by_id`);");
    this.addSql("create table `trust_folder_stages` (`id` text not null primary key, `folder_id` text not null, `name` text not null, `date` text not null, `performed_by` text not null, `cost_cents` integer null, `created_by_id` text not null, `created_at` datetime not null, constraint `trust_folder_stages_folder_id_foreign` foreign key (`folder_id`) references `trust_folders` (`id`), constraint `trust_folder_stages_created_by_id_foreign` foreign key (`created_by_id`) references `users` (`id`));");
    this.addSql("create index `trust_folder_stages_folder_id_index` on `trust_folder_stages` (`folder_id`);");
    this.addSql("create index `trust_folder_stages_created_by_id_index` on `trust_folder_stages` (`created_by_id`);");
    this.addSql("create table `trust_folder_stage_documents` (`stage_id` text not null, `document_id` text not null, `role` text check (`role` in ('evidence', 'before', 'after')) not null, primary key (`stage_id`, `document_id`, `role`), constraint `trust_folder_stage_documents_stage_id_foreign` foreign key (`stage_id`) references `trust_folder_stages` (`id`), constraint `trust_folder_stage_documents_document_id_foreign` foreign key (`document_id`) references `documents` (`id`));");
    this.addSql("create index `trust_folder_stage_documents_stage_id_index` on `trust_folder_stage_documents` (`stage_id`);");
    this.addSql("create index `trust_folder_stage_documents_document_id_index` on `trust_folder_stage_documents` (`document_id`);");
    this.addSql("create table `vehicle_addons` (`id` text not null primary key, `vehicle_id` text not null, `addon_key` text check (`addon_key` in ('restauration', 'oldtimer', 'unfall')) not null, `enabled` integer not null, `first_enabled_at` datetime not null, `updated_at` datetime not null, constraint `vehicle_addons_vehicle_id_foreign` foreign key (`vehicle_id`) references `vehicles` (`id`));");
    this.addSql("create index `vehicle_addons_vehicle_id_index` on `vehicle_addons` (`vehicle_id`);");
    this.addSql("create unique index `vehicle_addons_vehicle_id_addon_key_unique` on `vehicle_addons` (`vehicle_id`, `addon_key`);");
  }
}
