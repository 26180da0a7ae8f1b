import type { ResolveCursorConnectionArgs } from '@pothos/plugin-relay';
import { BaseRepository, type KeysetOrder } from '../db/base.repository.ts';
import type { Article, ArticleKind, ArticleState } from './article.entity.ts';

/** The CMS lists: the latest change first (an edit moves an article to the top). */
const CHANGED_NEWEST_FIRST: KeysetOrder = { timeField: 'updatedAt', order: 'newest-first' };
const PUBLISHED_NEWEST_FIRST: KeysetOrder = { timeField: 'publishedAt', order: 'newest-first' };

export class ArticleRepository extends BaseRepository<Article> {
  /** The author's articles in every state, one page. */
  pageOfAuthor(authorId: string, page: ResolveCursorConnectionArgs): Promise<Article[]> {
    return this.findPage({ author: authorId }, page, CHANGED_NEWEST_FIRST);
  }

  /** Every article, optionally in one state, one page. */
  pageInState(state: ArticleState | null | undefined, page: ResolveCursorConnectionArgs): Promise<Article[]> {
    return this.findPage(state ? { state } : {}, page, CHANGED_NEWEST_FIRST);
  }

  /** Published articles, optionally of one kind, newest publication first, one page. */
  publishedPage(kind: ArticleKind | null | undefined, page: ResolveCursorConnectionArgs): Promise<Article[]> {
    return this.findPage({ state: 'published', ...(kind ? { kind } : {}) }, page, PUBLISHED_NEWEST_FIRST);
  }

  published(kind: ArticleKind, slug: string): Promise<Article | null> {
    return this.findOne({ kind, slug, state: 'published' });
  }

  async hasSlug(kind: ArticleKind, slug: string): Promise<boolean> {
    return (await this.count({ kind, slug })) > 0;
  }
}
