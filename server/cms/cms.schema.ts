import { resolveCursorConnection, type ResolveCursorConnectionArgs } from '@pothos/plugin-relay';
import { CMS_EDITOR_ROLES, requires } from '../auth/policy.ts';
import { builder } from '../builder.ts';
import { ARTICLE_KINDS, ARTICLE_STATES, type Article } from './article.entity.ts';
import {
  allArticles,
  articlePath,
  articlesOfAuthor,
  createArticle,
  articleCursor,
  changedArticleCursor,
  publishArticle,
  publishedArticle,
  publishedArticles,
  reviewArticle,
  submitArticleForReview,
  updateArticle,
} from './cms.service.ts';
import { renderMarkdown } from './markdown.ts';

const ArticleKindEnum = builder.enumType('ArticleKind', { values: ARTICLE_KINDS });
const ArticleStateEnum = builder.enumType('ArticleState', { values: ARTICLE_STATES });

/** CMS work is identity-level for editors: no consent gate (docs/DECISIONS.md). */
const EDITORS = requires({ roles: CMS_EDITOR_ROLES });

/** A published article as the public sees it. */
const ArticleRef = builder.objectRef<Article>('Article').implement({
  authScopes: requires({ public: true }),
  fields: (t) => ({
    id: t.exposeID('id'),
    kind: t.field({ type: ArticleKindEnum, resolve: (article) => article.kind }),
    slug: t.exposeString('slug'),
    path: t.string({ description: 'Where the web app shows the article: /blog/<slug> or /news/<slug>.', resolve: articlePath }),
    title: t.exposeString('title'),
    excerpt: t.exposeString('excerpt'),
    bodyHtml: t.string({ description: 'The Markdown body rendered to safe HTML (no raw HTML, no script links).', resolve: (article) => renderMarkdown(article.body) }),
    publishedAt: t.field({ type: 'DateTime', resolve: (article) => article.publishedAt! }),
  }),
});

/** An article in the CMS: its author sees it, admins see all. */
const CmsArticleRef = builder.objectRef<Article>('CmsArticle').implement({
  authScopes: (article, context) => (article.author === context.actor?.userId ? requires({ ...EDITORS }) : requires({ admin: true })),
  fields: (t) => ({
    id: t.exposeID('id'),
    kind: t.field({ type: ArticleKindEnum, resolve: (article) => article.kind }),
    slug: t.exposeString('slug'),
    path: t.string({ description: 'Where the web app shows the article once published: /blog/<slug> or /news/<slug>.', resolve: articlePath }),
    title: t.exposeString('title'),
    excerpt: t.exposeString('excerpt'),
    body: t.exposeString('body', { description: 'Markdown source.' }),
    bodyHtml: t.string({ resolve: (article) => renderMarkdown(article.body) }),
    state: t.field({ type: ArticleStateEnum, resolve: (article) => article.state }),
    authorId: t.exposeID('author'),
    reviewedAt: t.expose('reviewedAt', { type: 'DateTime', nullable: true }),
    reviewedById: t.exposeID('reviewedBy', { nullable: true }),
    reviewNote: t.exposeString('reviewNote', { nullable: true }),
    reviewApproved: t.exposeBoolean('reviewApproved', { description: 'The last review cleared the current text for publishing.' }),
    publishedAt: t.expose('publishedAt', { type: 'DateTime', nullable: true }),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
    updatedAt: t.expose('updatedAt', { type: 'DateTime' }),
  }),
});

builder.queryField('articles', (t) =>
  t.connection({
    type: ArticleRef,
    nullable: true,
    authScopes: requires({ public: true }),
    description: 'Published blog and news articles, newest first.',
    args: { kind: t.arg({ type: ArticleKindEnum, required: false }) },
    resolve: (_root, args, context) =>
      resolveCursorConnection({ args, defaultSize: 20, maxSize: 50, toCursor: articleCursor }, (page: ResolveCursorConnectionArgs) =>
        publishedArticles(context, args.kind, page),
      ),
  }),
);

builder.queryField('article', (t) =>
  t.field({
    type: ArticleRef,
    nullable: true,
    authScopes: requires({ public: true }),
    description: 'One published article; null when there is none under this kind and slug.',
    args: { kind: t.arg({ type: ArticleKindEnum, required: true }), slug: t.arg.string({ required: true }) },
    resolve: (_root, args, context) => publishedArticle(context, args.kind, args.slug),
  }),
);

builder.queryField('myArticles', (t) =>
  t.connection({
    type: CmsArticleRef,
    nullable: true,
    authScopes: EDITORS,
    description: 'The articles the signed-in editor wrote, in every state.',
    resolve: (_root, args, context) =>
      resolveCursorConnection({ args, defaultSize: 20, maxSize: 50, toCursor: changedArticleCursor }, (page: ResolveCursorConnectionArgs) =>
        articlesOfAuthor(context, page),
      ),
  }),
);

builder.queryField('cmsArticles', (t) =>
  t.connection({
    type: CmsArticleRef,
    nullable: true,
    authScopes: requires({ admin: true }),
    description: 'All articles for admins; `state: in_review` is the review queue.',
    args: { state: t.arg({ type: ArticleStateEnum, required: false }) },
    resolve: (_root, args, context) =>
      resolveCursorConnection({ args, defaultSize: 20, maxSize: 50, toCursor: changedArticleCursor }, (page: ResolveCursorConnectionArgs) =>
        allArticles(context, args.state, page),
      ),
  }),
);

const ArticleInput = builder.inputType('ArticleInput', {
  fields: (t) => ({
    kind: t.field({ type: ArticleKindEnum, required: true }),
    slug: t.string({ required: true }),
    title: t.string({ required: true }),
    excerpt: t.string({ required: false }),
    body: t.string({ required: true, description: 'Markdown; raw HTML is shown as text.' }),
  }),
});

const ArticlePatchInput = builder.inputType('ArticlePatchInput', {
  fields: (t) => ({
    slug: t.string({ required: false }),
    title: t.string({ required: false }),
    excerpt: t.string({ required: false }),
    body: t.string({ required: false }),
  }),
});

builder.mutationField('createArticle', (t) =>
  t.field({
    type: CmsArticleRef,
    authScopes: EDITORS,
    args: { input: t.arg({ type: ArticleInput, required: true }) },
    resolve: (_root, { input }, context) => createArticle(context, input),
  }),
);

builder.mutationField('updateArticle', (t) =>
  t.field({
    type: CmsArticleRef,
    authScopes: EDITORS,
    description: 'Edits an article. Unless a superadmin edits, the article returns to draft and needs a new review.',
    args: { id: t.arg.id({ required: true }), input: t.arg({ type: ArticlePatchInput, required: true }) },
    resolve: (_root, { id, input }, context) =>
      updateArticle(context, String(id), {
        slug: input.slug ?? undefined,
        title: input.title ?? undefined,
        excerpt: input.excerpt ?? undefined,
        body: input.body ?? undefined,
      }),
  }),
);

builder.mutationField('submitArticleForReview', (t) =>
  t.field({
    type: CmsArticleRef,
    authScopes: EDITORS,
    args: { id: t.arg.id({ required: true }) },
    resolve: (_root, { id }, context) => submitArticleForReview(context, String(id)),
  }),
);

builder.mutationField('reviewArticle', (t) =>
  t.field({
    type: CmsArticleRef,
    authScopes: requires({ admin: true }),
    description: 'Approves an article in review for publishing, or sends it back to draft with a note.',
    args: { id: t.arg.id({ required: true }), approve: t.arg.boolean({ required: true }), note: t.arg.string({ required: false }) },
    resolve: (_root, { id, approve, note }, context) => reviewArticle(context, String(id), { approve, note }),
  }),
);

builder.mutationField('publishArticle', (t) =>
  t.field({
    type: CmsArticleRef,
    authScopes: requires({ superadmin: true }),
    args: { id: t.arg.id({ required: true }) },
    resolve: (_root, { id }, context) => publishArticle(context, String(id)),
  }),
);
