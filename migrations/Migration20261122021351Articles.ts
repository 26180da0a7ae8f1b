import { Migration } from '@mikro-orm/migrations';

export class Migration20261122021351Articles extends Migration {
  async up(): Promise<void> {
    this.addSql("create table `articles` (`id` text not null primary key, `kind` text check (`kind` in ('blog', 'news')) not null, `slug` text not null, `title` text not null, `excerpt` text not null default '', `body` text not null, `author_id` text not null, `state` text check (`state` in ('draft', 'in_review', 'published')) not null default 'draft', `reviewed_at` datetime null, `reviewed_by_id` text null, `review_note` text null, `review_approved` integer not null default false, `published_at` datetime null, `created_at` datetime not null, `updated_at` datetime not null, constraint `articles_author_id_foreign` foreign key (`author_id`) references `users` (`id`), constraint `articles_reviewed_by_id_foreign` foreign key (`reviewed_by_id`) references `users` (`id`) on delete set null);");
    this.addSql("create index `articles_author_id_index` on `articles` (`author_id`);");
    this.addSql("create index `articles_reviewed_by_id_index` on `articles` (`reviewed_by_id`);");
    this.addSql("create index `articles_state_published_at_index` on `articles` (`state`, `published_at`);");
    this.addSql("create unique index `articles_kind_slug_unique` on `articles` (`kind`, `slug`);");
  }
}
