import { Migration } from '@mikro-orm/migrations';

export class Migration20261202122206_Initial extends Migration {

  override name = 'Migration20261202122206_Initial';

  override up(): void | Promise<void> {
    this.addSql(`create table "audit_events" ("id" varchar(255) not null, "at" timestamptz not null, "actor_type" text not null, "actor_id" varchar(255) null, "actor_role" varchar(255) null, "action" varchar(255) not null, "target_type" varchar(255) null, "target_id" varchar(255) null, "scope" text null, "result" text not null, "reason" varchar(255) null, "request_id" varchar(255) null, "metadata" jsonb null, primary key ("id"));`);
    this.addSql(`create index "audit_events_at_index" on "audit_events" ("at");`);
    this.addSql(`create index "audit_events_action_at_index" on "audit_events" ("action", "at");`);
    this.addSql(`create index "audit_events_actor_id_at_index" on "audit_events" ("actor_id", "at");`);
    this.addSql(`create index "audit_events_target_type_target_id_index" on "audit_events" ("target_type", "target_id");`);

    this.addSql(`create table "public_view_versions" ("vehicle_id" varchar(255) not null, "version" int not null, primary key ("vehicle_id"));`);

    this.addSql(`create table "users" ("id" varchar(255) not null, "email_hmac" varchar(255) not null, "email_encrypted" text not null, "email_masked" varchar(255) not null, "role" text not null default 'user', "created_at" timestamptz not null, "last_login_at" timestamptz null, primary key ("id"));`);
    this.addSql(`alter table "users" add constraint "users_email_hmac_unique" unique ("email_hmac");`);

    this.addSql(`create table "step_up_grants" ("id" varchar(255) not null, "token_hmac" varchar(255) not null, "user_id" varchar(255) not null, "scope" text not null, "created_at" timestamptz not null, "expires_at" timestamptz not null, "consumed_at" timestamptz null, primary key ("id"));`);
    this.addSql(`alter table "step_up_grants" add constraint "step_up_grants_token_hmac_unique" unique ("token_hmac");`);
    this.addSql(`create index "step_up_grants_user_id_index" on "step_up_grants" ("user_id");`);

    this.addSql(`create table "sessions" ("id" varchar(255) not null, "token_hmac" varchar(255) not null, "user_id" varchar(255) not null, "created_at" timestamptz not null, "last_seen_at" timestamptz not null, "revoked_at" timestamptz null, primary key ("id"));`);
    this.addSql(`alter table "sessions" add constraint "sessions_token_hmac_unique" unique ("token_hmac");`);
    this.addSql(`create index "sessions_user_id_index" on "sessions" ("user_id");`);

    this.addSql(`create table "login_challenges" ("id" varchar(255) not null, "purpose" text not null, "email_hmac" varchar(255) not null, "email_encrypted" text not null, "user_id" varchar(255) null, "scope" varchar(255) null, "code_hmac" varchar(255) not null, "failed_attempts" int not null default 0, "created_at" timestamptz not null, "expires_at" timestamptz not null, "consumed_at" timestamptz null, "locked_at" timestamptz null, primary key ("id"));`);
    this.addSql(`create index "login_challenges_email_hmac_index" on "login_challenges" ("email_hmac");`);

    this.addSql(`create table "export_grants" ("id" varchar(255) not null, "token_hmac" varchar(255) not null, "target_type" text not null, "target_id" varchar(255) not null, "granted_to_id" varchar(255) not null, "ttl_seconds" int not null, "expires_at" timestamptz not null, "consumed_at" timestamptz null, "created_at" timestamptz not null, primary key ("id"));`);
    this.addSql(`alter table "export_grants" add constraint "export_grants_token_hmac_unique" unique ("token_hmac");`);
    this.addSql(`create index "export_grants_granted_to_id_index" on "export_grants" ("granted_to_id");`);

    this.addSql(`create table "entitlements" ("id" varchar(255) not null, "user_id" varchar(255) not null, "key" varchar(255) not null, "created_at" timestamptz not null, primary key ("id"));`);
    this.addSql(`alter table "entitlements" add constraint "entitlements_user_id_key_unique" unique ("user_id", "key");`);

    this.addSql(`create table "consents" ("id" varchar(255) not null, "user_id" varchar(255) not null, "document" text not null, "version" varchar(255) not null, "accepted_at" timestamptz not null, "source" text not null, primary key ("id"));`);
    this.addSql(`create index "consents_user_id_index" on "consents" ("user_id");`);
    this.addSql(`alter table "consents" add constraint "consents_user_id_document_version_unique" unique ("user_id", "document", "version");`);

    this.addSql(`create table "articles" ("id" varchar(255) not null, "kind" text not null, "slug" varchar(255) not null, "title" varchar(255) not null, "excerpt" text not null default '', "body" text not null, "author_id" varchar(255) not null, "state" text not null default 'draft', "reviewed_at" timestamptz null, "reviewed_by_id" varchar(255) null, "review_note" text null, "review_approved" boolean not null default false, "published_at" timestamptz null, "created_at" timestamptz not null, "updated_at" timestamptz not null, primary key ("id"));`);
    this.addSql(`create index "articles_author_id_index" on "articles" ("author_id");`);
    this.addSql(`create index "articles_state_published_at_index" on "articles" ("state", "published_at");`);
    this.addSql(`alter table "articles" add constraint "articles_kind_slug_unique" unique ("kind", "slug");`);

    this.addSql(`create table "api_tokens" ("id" varchar(255) not null, "token_hmac" varchar(255) not null, "user_id" varchar(255) not null, "name" varchar(255) not null, "scope" text not null, "created_at" timestamptz not null, "expires_at" timestamptz not null, "last_used_at" timestamptz null, "revoked_at" timestamptz null, primary key ("id"));`);
    this.addSql(`alter table "api_tokens" add constraint "api_tokens_token_hmac_unique" unique ("token_hmac");`);
    this.addSql(`create index "api_tokens_user_id_index" on "api_tokens" ("user_id");`);

    this.addSql(`create table "addon_configs" ("key" varchar(255) not null, "allow_new" boolean not null default false, "requires_payment" boolean not null default true, "admin_only" boolean not null default false, "updated_at" timestamptz not null, "updated_by_id" varchar(255) null, primary key ("key"));`);

    this.addSql(`create table "vehicles" ("id" varchar(255) not null, "owner_id" varchar(255) not null, "vin_hmac" varchar(255) not null, "vin_encrypted" text not null, "vin_masked" varchar(255) not null, "make" varchar(255) not null, "model" varchar(255) not null, "build_year" int null, "vehicle_class" text null, "nickname" varchar(255) null, "accident_status" text not null default 'unbekannt', "accident_trust_completed" boolean not null default false, "physical_service_book" boolean not null default false, "interested_in_selling" boolean not null default false, "created_at" timestamptz not null, "updated_at" timestamptz not null, primary key ("id"));`);
    this.addSql(`create index "vehicles_owner_id_index" on "vehicles" ("owner_id");`);
    this.addSql(`alter table "vehicles" add constraint "vehicles_vin_hmac_unique" unique ("vin_hmac");`);

    this.addSql(`create table "trust_folders" ("id" varchar(255) not null, "vehicle_id" varchar(255) not null, "owner_id" varchar(255) not null, "addon_key" text not null, "title" varchar(255) not null, "created_by_id" varchar(255) not null, "created_at" timestamptz not null, primary key ("id"));`);
    this.addSql(`create index "trust_folders_vehicle_id_index" on "trust_folders" ("vehicle_id");`);

    this.addSql(`create table "trust_folder_stages" ("id" varchar(255) not null, "folder_id" varchar(255) not null, "name" varchar(255) not null, "date" varchar(255) not null, "performed_by" varchar(255) not null, "cost_cents" int null, "created_by_id" varchar(255) not null, "created_at" timestamptz not null, primary key ("id"));`);
    this.addSql(`create index "trust_folder_stages_folder_id_index" on "trust_folder_stages" ("folder_id");`);

    this.addSql(`create table "service_entries" ("id" varchar(255) not null, "vehicle_id" varchar(255) not null, "group_id" varchar(255) not null, "version" int not null, "supersedes" varchar(255) null, "is_latest" boolean not null, "date" varchar(255) not null, "type" text not null, "performed_by" varchar(255) not null, "odometer_km" int not null, "note" text null, "cost_cents" int null, "declared_trust_level" text null, "withdrawn" boolean not null default false, "withdrawal_reason" text null, "created_by_id" varchar(255) not null, "created_at" timestamptz not null, primary key ("id"));`);
    this.addSql(`create index "service_entries_group_id_index" on "service_entries" ("group_id");`);
    this.addSql(`create index "service_entries_vehicle_id_is_latest_index" on "service_entries" ("vehicle_id", "is_latest");`);
    this.addSql(`alter table "service_entries" add constraint "service_entries_group_id_version_unique" unique ("group_id", "version");`);

    this.addSql(`create table "public_shares" ("id" varchar(255) not null, "vehicle_id" varchar(255) not null, "token_hmac" varchar(255) not null, "created_by_id" varchar(255) not null, "created_at" timestamptz not null, "revoked_at" timestamptz null, primary key ("id"));`);
    this.addSql(`alter table "public_shares" add constraint "public_shares_token_hmac_unique" unique ("token_hmac");`);
    this.addSql(`create index "public_shares_vehicle_id_revoked_at_index" on "public_shares" ("vehicle_id", "revoked_at");`);

    this.addSql(`create table "ownership_transfers" ("id" varchar(255) not null, "vehicle_id" varchar(255) not null, "initiator_id" varchar(255) not null, "token_hmac" varchar(255) not null, "state" text not null default 'created', "open_for_vehicle" varchar(255) null, "expires_at" timestamptz not null, "extended_at" timestamptz null, "redeemed_by_id" varchar(255) null, "redeemed_at" timestamptz null, "cancelled_at" timestamptz null, "created_at" timestamptz not null, primary key ("id"));`);
    this.addSql(`create index "ownership_transfers_vehicle_id_index" on "ownership_transfers" ("vehicle_id");`);
    this.addSql(`create index "ownership_transfers_initiator_id_index" on "ownership_transfers" ("initiator_id");`);
    this.addSql(`alter table "ownership_transfers" add constraint "ownership_transfers_token_hmac_unique" unique ("token_hmac");`);
    this.addSql(`alter table "ownership_transfers" add constraint "ownership_transfers_open_for_vehicle_unique" unique ("open_for_vehicle");`);
    this.addSql(`create index "ownership_transfers_redeemed_by_id_index" on "ownership_transfers" ("redeemed_by_id");`);

    this.addSql(`create table "documents" ("id" varchar(255) not null, "vehicle_id" varchar(255) not null, "uploaded_by_id" varchar(255) not null, "storage_key" varchar(255) null, "filename" varchar(255) not null, "content_type" text not null, "size_bytes" int not null, "sha256" varchar(255) not null, "approval_status" text not null default 'QUARANTINED', "scan_status" text not null default 'PENDING', "pii_status" text not null default 'OK', "pii_status_changed_at" timestamptz null, "rejection_reason" text null, "reviewed_by" varchar(255) null, "reviewed_at" timestamptz null, "deleted_at" timestamptz null, "purged_at" timestamptz null, "created_at" timestamptz not null, primary key ("id"));`);
    this.addSql(`create index "documents_vehicle_id_index" on "documents" ("vehicle_id");`);
    this.addSql(`create index "documents_approval_status_created_at_index" on "documents" ("approval_status", "created_at");`);

    this.addSql(`create table "trust_folder_stage_documents" ("stage_id" varchar(255) not null, "document_id" varchar(255) not null, "role" text not null, primary key ("stage_id", "document_id", "role"));`);

    this.addSql(`create table "entry_documents" ("entry_id" varchar(255) not null, "document_id" varchar(255) not null, primary key ("entry_id", "document_id"));`);
    this.addSql(`create index "entry_documents_document_id_index" on "entry_documents" ("document_id");`);

    this.addSql(`create table "vehicle_addons" ("id" varchar(255) not null, "vehicle_id" varchar(255) not null, "addon_key" text not null, "enabled" boolean not null, "first_enabled_at" timestamptz not null, "updated_at" timestamptz not null, primary key ("id"));`);
    this.addSql(`alter table "vehicle_addons" add constraint "vehicle_addons_vehicle_id_addon_key_unique" unique ("vehicle_id", "addon_key");`);

    this.addSql(`create table "vip_businesses" ("id" varchar(255) not null, "name" varchar(255) not null, "owner_id" varchar(255) not null, "created_by_id" varchar(255) not null, "created_at" timestamptz not null, "approved_at" timestamptz null, "approved_by_id" varchar(255) null, primary key ("id"));`);
    this.addSql(`create index "vip_businesses_owner_id_index" on "vip_businesses" ("owner_id");`);

    this.addSql(`create table "vip_business_staff" ("id" varchar(255) not null, "business_id" varchar(255) not null, "user_id" varchar(255) not null, "added_by_id" varchar(255) not null, "added_at" timestamptz not null, primary key ("id"));`);
    this.addSql(`create index "vip_business_staff_user_id_index" on "vip_business_staff" ("user_id");`);
    this.addSql(`alter table "vip_business_staff" add constraint "vip_business_staff_business_id_user_id_unique" unique ("business_id", "user_id");`);

    this.addSql(`alter table "audit_events" add constraint "audit_events_actor_type_check" check ("actor_type" in ('anonymous', 'user', 'api_token', 'system'));`);
    this.addSql(`alter table "audit_events" add constraint "audit_events_scope_check" check ("scope" in ('own', 'org', 'shared', 'public'));`);
    this.addSql(`alter table "audit_events" add constraint "audit_events_result_check" check ("result" in ('success', 'denied', 'error'));`);

    this.addSql(`alter table "users" add constraint "users_role_check" check ("role" in ('user', 'vip', 'dealer', 'moderator', 'admin', 'superadmin'));`);

    this.addSql(`alter table "step_up_grants" add constraint "step_up_grants_user_id_foreign" foreign key ("user_id") references "users" ("id");`);
    this.addSql(`alter table "step_up_grants" add constraint "step_up_grants_scope_check" check ("scope" in ('role_grant', 'moderator_accredit', 'vip_business_approve', 'vip_business_staff', 'export_full'));`);

    this.addSql(`alter table "sessions" add constraint "sessions_user_id_foreign" foreign key ("user_id") references "users" ("id");`);

    this.addSql(`alter table "login_challenges" add constraint "login_challenges_user_id_foreign" foreign key ("user_id") references "users" ("id") on delete set null;`);
    this.addSql(`alter table "login_challenges" add constraint "login_challenges_purpose_check" check ("purpose" in ('login', 'step_up'));`);

    this.addSql(`alter table "export_grants" add constraint "export_grants_granted_to_id_foreign" foreign key ("granted_to_id") references "users" ("id");`);
    this.addSql(`alter table "export_grants" add constraint "export_grants_target_type_check" check ("target_type" in ('vehicle', 'account'));`);

    this.addSql(`alter table "entitlements" add constraint "entitlements_user_id_foreign" foreign key ("user_id") references "users" ("id");`);

    this.addSql(`alter table "consents" add constraint "consents_user_id_foreign" foreign key ("user_id") references "users" ("id");`);
    this.addSql(`alter table "consents" add constraint "consents_document_check" check ("document" in ('terms', 'privacy'));`);
    this.addSql(`alter table "consents" add constraint "consents_source_check" check ("source" in ('ui', 'api'));`);

    this.addSql(`alter table "articles" add constraint "articles_author_id_foreign" foreign key ("author_id") references "users" ("id");`);
    this.addSql(`alter table "articles" add constraint "articles_reviewed_by_id_foreign" foreign key ("reviewed_by_id") references "users" ("id") on delete set null;`);
    this.addSql(`alter table "articles" add constraint "articles_kind_check" check ("kind" in ('blog', 'news'));`);
    this.addSql(`alter table "articles" add constraint "articles_state_check" check ("state" in ('draft', 'in_review', 'published'));`);

    this.addSql(`alter table "api_tokens" add constraint "api_tokens_user_id_foreign" foreign key ("user_id") references "users" ("id");`);
    this.addSql(`alter table "api_tokens" add constraint "api_tokens_scope_check" check ("scope" in ('read', 'read_write'));`);

    this.addSql(`alter table "addon_configs" add constraint "addon_configs_updated_by_id_foreign" foreign key ("updated_by_id") references "users" ("id") on delete set null;`);

    this.addSql(`alter table "vehicles" add constraint "vehicles_owner_id_foreign" foreign key ("owner_id") references "users" ("id");`);
    this.addSql(`alter table "vehicles" add constraint "vehicles_vehicle_class_check" check ("vehicle_class" in ('Hypercar', 'Sport', 'Luxus', 'Alltag', 'Nutzfahrzeug'));`);
    this.addSql(`alter table "vehicles" add constraint "vehicles_accident_status_check" check ("accident_status" in ('unfallfrei', 'nicht_unfallfrei', 'unbekannt'));`);

    this.addSql(`alter table "trust_folders" add constraint "trust_folders_vehicle_id_foreign" foreign key ("vehicle_id") references "vehicles" ("id");`);
    this.addSql(`alter table "trust_folders" add constraint "trust_folders_owner_id_foreign" foreign key ("owner_id") references "users" ("id");`);
    this.addSql(`alter table "trust_folders" add constraint "trust_folders_created_by_id_foreign" foreign key ("created_by_id") references "users" ("id");`);
    this.addSql(`alter table "trust_folders" add constraint "trust_folders_addon_key_check" check ("addon_key" in ('restauration', 'oldtimer', 'unfall'));`);

    this.addSql(`alter table "trust_folder_stages" add constraint "trust_folder_stages_folder_id_foreign" foreign key ("folder_id") references "trust_folders" ("id");`);
    this.addSql(`alter table "trust_folder_stages" add constraint "trust_folder_stages_created_by_id_foreign" foreign key ("created_by_id") references "users" ("id");`);

    this.addSql(`alter table "service_entries" add constraint "service_entries_vehicle_id_foreign" foreign key ("vehicle_id") references "vehicles" ("id");`);
    this.addSql(`alter table "service_entries" add constraint "service_entries_created_by_id_foreign" foreign key ("created_by_id") references "users" ("id");`);
    this.addSql(`alter table "service_entries" add constraint "service_entries_type_check" check ("type" in ('service', 'inspection', 'repair', 'modification', 'tires', 'accident', 'restoration', 'other'));`);
    this.addSql(`alter table "service_entries" add constraint "service_entries_declared_trust_level_check" check ("declared_trust_level" in ('T1', 'T2', 'T3'));`);

    this.addSql(`alter table "public_shares" add constraint "public_shares_vehicle_id_foreign" foreign key ("vehicle_id") references "vehicles" ("id");`);
    this.addSql(`alter table "public_shares" add constraint "public_shares_created_by_id_foreign" foreign key ("created_by_id") references "users" ("id");`);

    this.addSql(`alter table "ownership_transfers" add constraint "ownership_transfers_vehicle_id_foreign" foreign key ("vehicle_id") references "vehicles" ("id");`);
    this.addSql(`alter table "ownership_transfers" add constraint "ownership_transfers_initiator_id_foreign" foreign key ("initiator_id") references "users" ("id");`);
    this.addSql(`alter table "ownership_transfers" add constraint "ownership_transfers_redeemed_by_id_foreign" foreign key ("redeemed_by_id") references "users" ("id") on delete set null;`);
    this.addSql(`alter table "ownership_transfers" add constraint "ownership_transfers_state_check" check ("state" in ('created', 'redeemed', 'cancelled', 'expired'));`);

    this.addSql(`alter table "documents" add constraint "documents_vehicle_id_foreign" foreign key ("vehicle_id") references "vehicles" ("id");`);
    this.addSql(`alter table "documents" add constraint "documents_uploaded_by_id_foreign" foreign key ("uploaded_by_id") references "users" ("id");`);
    this.addSql(`alter table "documents" add constraint "documents_content_type_check" check ("content_type" in ('application/pdf', 'image/png', 'image/jpeg'));`);
    this.addSql(`alter table "documents" add constraint "documents_approval_status_check" check ("approval_status" in ('QUARANTINED', 'APPROVED', 'REJECTED'));`);
    this.addSql(`alter table "documents" add constraint "documents_scan_status_check" check ("scan_status" in ('PENDING', 'CLEAN', 'INFECTED', 'ERROR'));`);
    this.addSql(`alter table "documents" add constraint "documents_pii_status_check" check ("pii_status" in ('OK', 'SUSPECTED', 'CONFIRMED'));`);

    this.addSql(`alter table "trust_folder_stage_documents" add constraint "trust_folder_stage_documents_stage_id_foreign" foreign key ("stage_id") references "trust_folder_stages" ("id");`);
    this.addSql(`alter table "trust_folder_stage_documents" add constraint "trust_folder_stage_documents_document_id_foreign" foreign key ("document_id") references "documents" ("id");`);
    this.addSql(`alter table "trust_folder_stage_documents" add constraint "trust_folder_stage_documents_role_check" check ("role" in ('evidence', 'before', 'after'));`);

    this.addSql(`alter table "entry_documents" add constraint "entry_documents_entry_id_foreign" foreign key ("entry_id") references "service_entries" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "entry_documents" add constraint "entry_documents_document_id_foreign" foreign key ("document_id") references "documents" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "vehicle_addons" add constraint "vehicle_addons_vehicle_id_foreign" foreign key ("vehicle_id") references "vehicles" ("id");`);
    this.addSql(`alter table "vehicle_addons" add constraint "vehicle_addons_addon_key_check" check ("addon_key" in ('restauration', 'oldtimer', 'unfall'));`);

    this.addSql(`alter table "vip_businesses" add constraint "vip_businesses_owner_id_foreign" foreign key ("owner_id") references "users" ("id");`);
    this.addSql(`alter table "vip_businesses" add constraint "vip_businesses_created_by_id_foreign" foreign key ("created_by_id") references "users" ("id");`);
    this.addSql(`alter table "vip_businesses" add constraint "vip_businesses_approved_by_id_foreign" foreign key ("approved_by_id") references "users" ("id") on delete set null;`);

    this.addSql(`alter table "vip_business_staff" add constraint "vip_business_staff_business_id_foreign" foreign key ("business_id") references "vip_businesses" ("id");`);
    this.addSql(`alter table "vip_business_staff" add constraint "vip_business_staff_user_id_foreign" foreign key ("user_id") references "users" ("id");`);
    this.addSql(`alter table "vip_business_staff" add constraint "vip_business_staff_added_by_id_foreign" foreign key ("added_by_id") references "users" ("id");`);
  }

}
