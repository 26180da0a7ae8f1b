import { Migration } from '@mikro-orm/migrations';

export class Migration20261122020127Foundation extends Migration {
  async up(): Promise<void> {
    this.addSql("create table `audit_events` (`id` text not null primary key, `at` datetime not null, `actor_type` text check (`actor_type` in ('anonymous', 'user', 'api_token', 'system')) not null, `actor_id` text null, `actor_role` text null, `action` text not null, `target_type` text null, `target_id` text null, `scope` text check (`scope` in ('own', 'org', 'shared', 'public')) null, `result` text check (`result` in ('success', 'denied', 'error')) not null, `reason` text null, `request_id` text null, `metadata` json null);");
    this.addSql("create index `audit_events_at_index` on `audit_events` (`at`);");
    this.addSql("create index `audit_events_action_at_index` on `audit_events` (`action`, `at`);");
    this.addSql("create index `audit_events_actor_id_at_index` on `audit_events` (`actor_id`, `at`);");
    this.addSql("create index `audit_events_target_type_target_id_index` on `audit_events` (`target_type`, `target_id`);");
    this.addSql("create table `users` (`id` text not null primary key, `email_hmac` text not null, `email_encrypted` text not null, `email_masked` text not null, `role` text check (`role` in ('user', 'vip', 'dealer', 'moderator', 'admin', 'superadmin')) not null default 'user', `created_at` datetime not null, `last_login_at` datetime null);");
    this.addSql("create unique index `users_email_hmac_unique` on `users` (`email_hmac`);");
    this.addSql("create table `sessions` (`id` text not null primary key, `token_hmac` text not null, `user_id` text not null, `created_at` datetime not null, `last_seen_at` datetime not null, `revoked_at` datetime null, constraint `sessions_user_id_foreign` foreign key (`user_id`) references `users` (`id`));");
    this.addSql("create unique index `sessions_token_hmac_unique` on `sessions` (`token_hmac`);");
    this.addSql("create index `sessions_user_id_index` on `sessions` (`user_id`);");
    this.addSql("create table `login_challenges` (`id` text not null primary key, `purpose` text check (`purpose` in ('login', 'step_up')) not null, `email_hmac` text not null, `email_encrypted` text not null, `user_id` text null, `scope` text null, `code_hmac` text not null, `failed_attempts` integer not null default 0, `created_at` datetime not null, `expires_at` datetime not null, `consumed_at` datetime null, `locked_at` datetime null, constraint `login_challenges_user_id_foreign` foreign key (`user_id`) references `users` (`id`) on delete set null);");
    this.addSql("create index `login_challenges_email_hmac_index` on `login_challenges` (`email_hmac`);");
    this.addSql("create index `login_challenges_user_id_index` on `login_challenges` (`user_id`);");
    this.addSql("create table `consents` (`id` text not null primary key, `user_id` text not null, `document` text check (`document` in ('terms', 'privacy')) not null, `version` text not null, `accepted_at` datetime not null, `source` text check (`source` in ('ui', 'api')) not null, constraint `consents_user_id_foreign` foreign key (`user_id`) references `users` (`id`));");
    this.addSql("create index `consents_user_id_index` on `consents` (`user_id`);");
    this.addSql("create unique index `consents_user_id_document_version_unique` on `consents` (`user_id`, `document`, `version`);");
  }
}
