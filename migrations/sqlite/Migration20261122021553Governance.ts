import { Migration } from '@mikro-orm/migrations';

export class Migration20261122021553Governance extends Migration {
  async up(): Promise<void> {
    this.addSql("create table `step_up_grants` (`id` text not null primary key, `token_hmac` text not null, `user_id` text not null, `scope` text check (`scope` in ('role_grant', 'moderator_accredit', 'vip_business_approve', 'vip_business_staff', 'export_full')) not null, `created_at` datetime not null, `expires_at` datetime not null, `consumed_at` datetime null, constraint `step_up_grants_user_id_foreign` foreign key (`user_id`) references `users` (`id`));");
    this.addSql("create unique index `step_up_grants_token_hmac_unique` on `step_up_grants` (`token_hmac`);");
    this.addSql("create index `step_up_grants_user_id_index` on `step_up_grants` (`user_id`);");
    this.addSql("create table `api_tokens` (`id` text not null primary key, `token_hmac` text not null, `user_id` text not null, `name` text not null, `scope` text check (`scope` in ('read', 'read_write')) not null, `created_at` datetime not null, `expires_at` datetime not null, `last_used_at` datetime null, `revoked_at` datetime null, constraint `api_tokens_user_id_foreign` foreign key (`user_id`) references `users` (`id`));");
    this.addSql("create unique index `api_tokens_token_hmac_unique` on `api_tokens` (`token_hmac`);");
    this.addSql("create index `api_tokens_user_id_index` on `api_tokens` (`user_id`);");
    this.addSql("create table `vip_businesses` (`id` text not null primary key, `name` text not null, `owner_id` text not null, `created_by_id` text not null, `created_at` datetime not null, `approved_at` datetime null, `approved_by_id` text null, constraint `vip_businesses_owner_id_foreign` foreign key (`owner_id`) references `users` (`id`), constraint `vip_businesses_created_by_id_foreign` foreign key (`created_by_id`) references `users` (`id`), constraint `vip_businesses_approved_by_id_foreign` foreign key (`approved_by_id`) references `users` (`id`) on delete set null);");
    this.addSql("create index `vip_businesses_owner_id_index` on `vip_businesses` (`owner_id`);");
    this.addSql("create index `vip_businesses_created_by_id_index` on `vip_businesses` (`created_by_id`);");
    this.addSql("create index `vip_businesses_approved_by_id_index` on `vip_businesses` (`approved_by_id`);");
    this.addSql("create table `vip_business_staff` (`id` text not null primary key, `business_id` text not null, `user_id` text not null, `added_by_id` text not null, `added_at` datetime not null, constraint `vip_business_staff_business_id_foreign` foreign key (`business_id`) references `vip_businesses` (`id`), constraint `vip_business_staff_user_id_foreign` foreign key (`user_id`) references `users` (`id`), constraint `vip_business_staff_added_by_id_foreign` foreign key (`added_by_id`) references `users` (`id`));");
    this.addSql("create index `vip_business_staff_business_id_index` on `vip_business_staff` (`business_id`);");
    this.addSql("create index `vip_business_staff_user_id_index` on `vip_business_staff` (`user_id`);");
    this.addSql("create index `vip_business_staff_added_by_id_index` on `vip_business_staff` (`added_by_id`);");
    this.addSql("create unique index `vip_business_staff_business_id_user_id_unique` on `vip_business_staff` (`business_id`, `user_id`);");
  }
}
