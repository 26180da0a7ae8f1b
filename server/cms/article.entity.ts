import { defineEntity, p } from '@mikro-orm/sql';
import { newId } from '../db/ids.ts';
import { User } from '../identity/user.entity.ts';
import { ArticleRepository } from './cms.repository.ts';

export const ARTICLE_KINDS = ['blog', 'news'] as const;
export type ArticleKind = (typeof ARTICLE_KINDS)[number];
export const ARTICLE_STATES = ['draft', 'in_review', 'published'] as const;
export type ArticleState = (typeof ARTICLE_STATES)[number];

/** A blog post or news item (SPEC §13). The body is Markdown, rendered safely on read. */
const ArticleSchema = defineEntity({
  name: 'Article',
  tableName: 'articles',
  repository: () => ArticleRepository,
  uniques: [{ properties: ['kind', 'slug'] }],
  indexes: [{ properties: ['state', 'publishedAt'] }],
  properties: {
    id: p.string().primary().onCreate(() => newId()),
    kind: p.enum(ARTICLE_KINDS),
    slug: p.string(),
    title: p.string(),
    excerpt: p.text().default(''),
    body: p.text(),
    author: () => p.manyToOne(User).mapToPk().index(),
    state: p.enum(ARTICLE_STATES).default('draft'),
    /** Last review: who, when, the note, and whether it cleared the article for publishing. */
    reviewedAt: p.datetime().nullable(),
    reviewedBy: () => p.manyToOne(User).mapToPk().nullable(),
    reviewNote: p.text().nullable(),
    reviewApproved: p.boolean().default(false),
    publishedAt: p.datetime().nullable(),
    createdAt: p.datetime().onCreate(() => new Date()),
    updatedAt: p.datetime().onCreate(() => new Date()).onUpdate(() => new Date()),
  },
});

export class Article extends ArticleSchema.class {}
ArticleSchema.setClass(Article);
