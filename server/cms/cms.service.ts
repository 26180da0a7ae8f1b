import { UniqueConstraintViolationException, type EntityManager } from '@mikro-orm/sql';
import type { ResolveCursorConnectionArgs } from '@pothos/plugin-relay';
import type { AuditAction } from '../audit/audit-actions.ts';
import { badInput, conflict, forbidden, notFound } from '../errors.ts';
import { characterCount } from '../text.ts';
import { keysetCursor } from '../graphql/cursors.ts';
import { isAdminRole } from '../identity/roles.ts';
import { actorOf, type RequestScope } from '../request-scope.ts';
import { Article, type ArticleKind, type ArticleState } from './article.entity.ts';

export interface ArticleInput {
  kind: ArticleKind;
  slug: string;
  title: string;
  excerpt?: string | null;
  body: string;
}

export type ArticlePatch = Partial<Omit<ArticleInput, 'kind'>>;

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const LIMITS = { slug: 100, title: 200, excerpt: 500, body: 100_000, reviewNote: 2000 };

function validated(input: ArticlePatch): ArticlePatch {
  const out: ArticlePatch = {};
  if (input.slug !== undefined) {
    if (input.slug.length > LIMITS.slug || !SLUG.test(input.slug)) throw badInput('invalid_slug', 'Slug: lowercase letters, digits and single dashes');
    out.slug = input.slug;
  }
  if (input.title !== undefined) {
    const title = input.title.trim();
    if (title.length === 0 || characterCount(title) > LIMITS.title) throw badInput('invalid_title', `Title: 1 to ${LIMITS.title} characters`);
    out.title = title;
  }
  if (input.excerpt !== undefined) {
    const excerpt = (input.excerpt ?? '').trim();
    if (characterCount(excerpt) > LIMITS.excerpt) throw badInput('invalid_excerpt', `Excerpt: at most ${LIMITS.excerpt} characters`);
    out.excerpt = excerpt;
  }
  if (input.body !== undefined) {
    if (input.body.trim().length === 0 || characterCount(input.body) > LIMITS.body) throw badInput('invalid_body', `Body: 1 to ${LIMITS.body} characters`);
    out.body = input.body;
  }
  return out;
}

const auditArticle = (scope: RequestScope, action: AuditAction, article: Article, metadata: Record<string, unknown> = {}) =>
  scope.audit({
    action,
    targetType: 'article',
    targetId: article.id,
    scope: article.author === actorOf(scope).userId ? 'own' : undefined,
    metadata: { articleKind: article.kind, slug: article.slug, state: article.state, ...metadata },
  });

/** Flushes, turning a duplicate (kind, slug) into the contract's CONFLICT. */
async function flushUniqueSlug(em: EntityManager): Promise<void> {
  try {
    await em.flush();
  } catch (error) {
    if (error instanceof UniqueConstraintViolationException) throw conflict('slug_taken', 'An article of this kind already uses this slug');
    throw error;
  }
}

/**
 * The article the actor may edit: their own, or any for admins. A moderator asking for someone
 * else's article gets FORBIDDEN whether or not it exists; admins get NOT_FOUND for unknown ids.
 */
async function editableArticle(scope: RequestScope, id: string): Promise<Article> {
  const actor = actorOf(scope);
  const article = await scope.em.getRepository(Article).byId(id);
  const admin = isAdminRole(actor.role);
  if (article && (admin || article.author === actor.userId)) return article;
  if (admin) throw notFound('article_not_found');
  await scope.audit({ action: 'CMS_ACCESS_DENIED', result: 'denied', reason: 'forbidden', targetType: 'article', targetId: id });
  throw forbidden();
}

async function articleForReview(em: EntityManager, id: string): Promise<Article> {
  const article = await em.getRepository(Article).byId(id);
  if (!article) throw notFound('article_not_found');
  return article;
}

export async function createArticle(scope: RequestScope, input: ArticleInput): Promise<Article> {
  const { em } = scope;
  const fields = validated({ slug: input.slug, title: input.title, excerpt: input.excerpt ?? '', body: input.body });
  const article = em.create(Article, {
    kind: input.kind,
    slug: fields.slug!,
    title: fields.title!,
    excerpt: fields.excerpt!,
    body: fields.body!,
    author: actorOf(scope).userId,
  });
  await flushUniqueSlug(em);
  await auditArticle(scope, 'CMS_ARTICLE_CREATED', article);
  return article;
}

/**
 * Edits an article. An edit by anyone but a superadmin sends the article back to draft and voids
 * an earlier review: what was reviewed and published is no longer what is there.
 */
export async function updateArticle(scope: RequestScope, id: string, patch: ArticlePatch): Promise<Article> {
  const { em } = scope;
  const article = await editableArticle(scope, id);
  const previousState = article.state;
  em.assign(article, validated(patch));
  if (actorOf(scope).role !== 'superadmin') {
    article.state = 'draft';
    article.reviewApproved = false;
  }
  await flushUniqueSlug(em);
  await auditArticle(scope, 'CMS_ARTICLE_UPDATED', article, { previousStatus: previousState, newStatus: article.state });
  return article;
}

export async function submitArticleForReview(scope: RequestScope, id: string): Promise<Article> {
  const article = await editableArticle(scope, id);
  if (article.state !== 'draft') throw conflict('article_not_draft', 'Only a draft can be submitted for review');
  article.state = 'in_review';
  article.reviewApproved = false;
  await scope.em.flush();
  await auditArticle(scope, 'CMS_ARTICLE_SUBMITTED', article);
  return article;
}

/** An admin reviews a submitted article: approve it for publishing, or send it back to draft with a note. */
export async function reviewArticle(scope: RequestScope, id: string, review: { approve: boolean; note?: string | null }): Promise<Article> {
  const article = await articleForReview(scope.em, id);
  if (article.state !== 'in_review') throw conflict('article_not_in_review', 'Only an article in review can be reviewed');
  const note = review.note?.trim() || null;
  if (note && characterCount(note) > LIMITS.reviewNote) throw badInput('invalid_review_note', `Review note: at most ${LIMITS.reviewNote} characters`);
  article.reviewedAt = new Date();
  article.reviewedBy = actorOf(scope).userId;
  article.reviewNote = note;
  article.reviewApproved = review.approve;
  if (!review.approve) article.state = 'draft';
  await scope.em.flush();
  await auditArticle(scope, 'CMS_ARTICLE_REVIEWED', article, { newStatus: review.approve ? 'approved' : 'changes_requested' });
  return article;
}

/** Superadmins publish, and only an article whose current text an admin approved. */
export async function publishArticle(scope: RequestScope, id: string): Promise<Article> {
  const article = await articleForReview(scope.em, id);
  if (article.state === 'published') throw conflict('article_already_published', 'The article is already published');
  if (article.state !== 'in_review' || !article.reviewApproved) {
    await scope.audit({ action: 'CMS_ARTICLE_PUBLISH_DENIED', result: 'denied', reason: 'review_required', targetType: 'article', targetId: id });
    throw conflict('review_required', 'Only a reviewed article can be published');
  }
  article.state = 'published';
  article.publishedAt = new Date();
  await scope.em.flush();
  await auditArticle(scope, 'CMS_ARTICLE_PUBLISHED', article);
  return article;
}

/** The actor's own articles, newest change first. */
export function articlesOfAuthor(scope: RequestScope, page: ResolveCursorConnectionArgs): Promise<Article[]> {
  return scope.em.getRepository(Article).pageOfAuthor(actorOf(scope).userId, page);
}

/** Every article (admins), optionally in one state: the review queue is `state: in_review`. */
export function allArticles(scope: RequestScope, state: ArticleState | null | undefined, page: ResolveCursorConnectionArgs): Promise<Article[]> {
  return scope.em.getRepository(Article).pageInState(state, page);
}

/** Cursor of the CMS lists, ordered by the latest change. */
export const changedArticleCursor = (article: Pick<Article, 'updatedAt' | 'id'>): string => keysetCursor(article.updatedAt, article.id);

/** Cursor of the public list, ordered by publication. */
export const articleCursor = (article: Pick<Article, 'publishedAt' | 'id'>): string => keysetCursor(article.publishedAt!, article.id);

/** Published articles, newest first: pages stay stable while new articles appear. */
export function publishedArticles(scope: RequestScope, kind: ArticleKind | null | undefined, page: ResolveCursorConnectionArgs): Promise<Article[]> {
  return scope.em.getRepository(Article).publishedPage(kind, page);
}

export function publishedArticle(scope: RequestScope, kind: ArticleKind, slug: string): Promise<Article | null> {
  return scope.em.getRepository(Article).published(kind, slug);
}

/** The web app's address of an article: each kind has its own section (/blog, /news). */
export const articlePath = (article: Pick<Article, 'kind' | 'slug'>): string => `/${article.kind}/${article.slug}`;
