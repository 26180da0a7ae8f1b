import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorOf, signInAs, startServer, type TestServer } from '../../test/harness.ts';
import { AuditEvent } from '../audit/audit-event.entity.ts';
import { Article } from './article.entity.ts';
import { seedArticles } from './seed-articles.ts';

let server: TestServer;
let moderator: { token: string; userId: string };
let otherModerator: { token: string; userId: string };
let admin: { token: string; userId: string };
let superadmin: { token: string; userId: string };

const FIELDS = 'id kind slug title state reviewApproved reviewNote reviewedAt publishedAt authorId';
const CREATE = `mutation($input: ArticleInput!) { createArticle(input: $input) { ${FIELDS} } }`;
const UPDATE = `mutation($id: ID!, $input: ArticlePatchInput!) { updateArticle(id: $id, input: $input) { ${FIELDS} } }`;
const SUBMIT = `mutation($id: ID!) { submitArticleForReview(id: $id) { ${FIELDS} } }`;
const REVIEW = `mutation($id: ID!, $approve: Boolean!, $note: String) { reviewArticle(id: $id, approve: $approve, note: $note) { ${FIELDS} } }`;
const PUBLISH = `mutation($id: ID!) { publishArticle(id: $id) { ${FIELDS} } }`;
const PUBLIC_ARTICLE = 'query($kind: ArticleKind!, $slug: String!) { article(kind: $kind, slug: $slug) { id slug title bodyHtml publishedAt } }';
const PUBLIC_LIST = 'query($kind: ArticleKind, $first: Int, $after: String) { articles(kind: $kind, first: $first, after: $after) { edges { cursor node { slug kind } } pageInfo { hasNextPage endCursor } } }';

let slugCounter = 0;
const draftInput = (overrides: Record<string, unknown> = {}) => ({
  kind: 'blog',
  slug: `artikel-${++slugCounter}`,
  title: 'Ein Artikel',
  excerpt: 'Kurz',
  body: 'Text mit **Fettdruck**.',
  ...overrides,
});

async function createDraft(token: string, overrides: Record<string, unknown> = {}) {
  const created = await server.gql(CREATE, { input: draftInput(overrides) }, { token });
  if (!created.data?.createArticle) throw new Error(JSON.stringify(created.errors));
  return created.data.createArticle as { id: string; slug: string; kind: string };
}

/** Draft by the moderator → submitted → approved by the admin → published by the superadmin. */
async function publishedArticle(overrides: Record<string, unknown> = {}) {
  const article = await createDraft(moderator.token, overrides);
  await server.gql(SUBMIT, { id: article.id }, { token: moderator.token });
  await server.gql(REVIEW, { id: article.id, approve: true }, { token: admin.token });
  const published = await server.gql(PUBLISH, { id: article.id }, { token: superadmin.token });
  expect(published.data.publishArticle.state).toBe('published');
  return article;
}

const auditActions = async (articleId: string) =>
  (await server.app.services.orm.em.fork().find(AuditEvent, { targetId: articleId }, { orderBy: { at: 'asc' } })).map((event) => event.action);

beforeAll(async () => {
  server = await startServer();
  moderator = await signInAs(server, 'moderator');
  otherModerator = await signInAs(server, 'moderator');
  admin = await signInAs(server, 'admin');
  superadmin = await signInAs(server, 'superadmin');
});
afterAll(async () => server.close());

describe('CMS access', () => {
  it('anonymous callers and ordinary users cannot write articles', async () => {
    expect(errorOf(await server.gql(CREATE, { input: draftInput() }))).toEqual({ code: 'UNAUTHENTICATED', reason: 'authentication_required' });
    const user = await signInAs(server, 'user');
    expect(errorOf(await server.gql(CREATE, { input: draftInput() }, { token: user.token }))).toMatchObject({ code: 'FORBIDDEN' });
    const dealer = await signInAs(server, 'dealer');
    expect(errorOf(await server.gql('{ myArticles { edges { node { id } } } }', {}, { token: dealer.token }))).toMatchObject({ code: 'FORBIDDEN' });
  });

  it('moderators do all their CMS work without the consent gate (identity-level CMS work)', async () => {
    const fresh = await signInAs(server, 'moderator', { consent: false });
    expect((await server.gql('{ consentStatus { complete } }', {}, { token: fresh.token })).data.consentStatus.complete).toBe(false);
    const created = await server.gql(CREATE, { input: draftInput() }, { token: fresh.token });
    expect(created.data.createArticle).toMatchObject({ state: 'draft', authorId: fresh.userId });
    const { id } = created.data.createArticle;
    expect((await server.gql(UPDATE, { id, input: { title: 'Neu' } }, { token: fresh.token })).data.updateArticle).toMatchObject({ title: 'Neu' });
    expect((await server.gql(SUBMIT, { id }, { token: fresh.token })).data.submitArticleForReview).toMatchObject({ state: 'in_review' });
    const mine = await server.gql('{ myArticles { edges { node { id } } } }', {}, { token: fresh.token });
    expect(mine.data.myArticles.edges).toEqual([{ node: { id } }]);
    // The product operations stay behind the consent gate for anyone else without consent.
    const user = await signInAs(server, 'user', { consent: false });
    expect(errorOf(await server.gql('{ myVehicles { edges { node { id } } } }', {}, { token: user.token }))).toEqual({ code: 'FORBIDDEN', reason: 'consent_required' });
  });

  it('a moderator sees and edits only their own drafts', async () => {
    const own = await createDraft(moderator.token);
    const mine = await server.gql('{ myArticles { edges { node { id } } } }', {}, { token: otherModerator.token });
    expect(mine.data.myArticles.edges.map((edge: any) => edge.node.id)).not.toContain(own.id);

    const foreignEdit = await server.gql(UPDATE, { id: own.id, input: { title: 'Gekapert' } }, { token: otherModerator.token });
    expect(errorOf(foreignEdit)).toEqual({ code: 'FORBIDDEN', reason: 'forbidden' });
    expect(foreignEdit.data?.updateArticle ?? null).toBeNull();
    // Unknown ids answer exactly like foreign ones.
    const unknownEdit = await server.gql(UPDATE, { id: crypto.randomUUID(), input: { title: 'x' } }, { token: otherModerator.token });
    expect(errorOf(unknownEdit)).toEqual({ code: 'FORBIDDEN', reason: 'forbidden' });
    expect(errorOf(await server.gql(SUBMIT, { id: own.id }, { token: otherModerator.token }))).toEqual({ code: 'FORBIDDEN', reason: 'forbidden' });

    const stored = await server.app.services.orm.em.fork().findOneOrFail(Article, { id: own.id });
    expect(stored.title).toBe('Ein Artikel');
    expect(await auditActions(own.id)).toContain('CMS_ACCESS_DENIED');
  });

  it('moderators cannot review, publish or list all articles', async () => {
    const own = await createDraft(moderator.token);
    await server.gql(SUBMIT, { id: own.id }, { token: moderator.token });
    for (const [query, variables] of [
      [REVIEW, { id: own.id, approve: true }],
      [PUBLISH, { id: own.id }],
      ['{ cmsArticles { edges { node { id } } } }', {}],
    ] as const) {
      expect(errorOf(await server.gql(query, variables, { token: moderator.token }))).toEqual({ code: 'FORBIDDEN', reason: 'moderator_confined' });
    }
  });

  it('only a superadmin publishes; admins review', async () => {
    const own = await createDraft(moderator.token);
    await server.gql(SUBMIT, { id: own.id }, { token: moderator.token });
    await server.gql(REVIEW, { id: own.id, approve: true }, { token: admin.token });
    expect(errorOf(await server.gql(PUBLISH, { id: own.id }, { token: admin.token }))).toEqual({ code: 'FORBIDDEN', reason: 'forbidden' });
    const user = await signInAs(server, 'user');
    expect(errorOf(await server.gql(REVIEW, { id: own.id, approve: true }, { token: user.token }))).toEqual({ code: 'FORBIDDEN', reason: 'forbidden' });
    const queue = await server.gql('{ cmsArticles(state: in_review) { edges { node { id } } } }', {}, { token: admin.token });
    expect(queue.data.cmsArticles.edges.map((edge: any) => edge.node.id)).toContain(own.id);
  });
});

describe('CMS lists', () => {
  const MINE_PAGE = 'query($first: Int, $after: String) { myArticles(first: $first, after: $after) { edges { node { id } } pageInfo { hasNextPage endCursor } } }';
  const ALL_PAGE = 'query($first: Int, $after: String) { cmsArticles(first: $first, after: $after) { edges { node { id } } pageInfo { hasNextPage endCursor } } }';

  /** Drafts with the given change times: the lists order by the latest change, then id (both desc). */
  async function draftsChangedAt(token: string, times: string[]) {
    const ids: string[] = [];
    for (const time of times) {
      const { id } = await createDraft(token);
      await server.app.services.orm.em.fork().nativeUpdate(Article, { id }, { updatedAt: new Date(time) });
      ids.push(id);
    }
    return ids;
  }

  async function walk(query: string, token: string, pages: number) {
    const seen: string[][] = [];
    let after: string | null = null;
    for (let page = 0; page < pages; page++) {
      const answer = await server.gql(query, { first: 2, after }, { token });
      expect(answer.errors).toBeUndefined();
      const connection = Object.values(answer.data)[0] as any;
      seen.push(connection.edges.map((edge: any) => edge.node.id));
      after = connection.pageInfo.endCursor;
    }
    return seen;
  }

  it('page by keyset, latest change first, ties by id across a page boundary without gaps or repeats', async () => {
    const author = await signInAs(server, 'moderator');
    // Three drafts share one change time, so the tie spans the boundary between pages 1 and 2.
    const [oldest, tiedA, tiedB, tiedC, newest] = await draftsChangedAt(author.token, [
      '2099-01-01T00:00:00Z',
      '2099-01-02T00:00:00Z',
      '2099-01-02T00:00:00Z',
      '2099-01-02T00:00:00Z',
      '2099-01-03T00:00:00Z',
    ]);
    const tied = [tiedA!, tiedB!, tiedC!].sort().reverse();
    const expected = [newest!, ...tied, oldest!];
    expect((await walk(MINE_PAGE, author.token, 3)).flat()).toEqual(expected);
    const pages = await walk(MINE_PAGE, author.token, 3);
    expect(pages.map((page) => page.length)).toEqual([2, 2, 1]);
    // Admins see everything; these future change times put the five first.
    expect((await walk(ALL_PAGE, admin.token, 3)).flat().slice(0, 5)).toEqual(expected);

    // An edit moves an article to the top; a cursor taken before it keeps its position.
    const before = await server.gql(MINE_PAGE, { first: 2 }, { token: author.token });
    await server.app.services.orm.em.fork().nativeUpdate(Article, { id: oldest! }, { updatedAt: new Date('2099-01-04T00:00:00Z') });
    const next = await server.gql(MINE_PAGE, { first: 10, after: before.data.myArticles.pageInfo.endCursor }, { token: author.token });
    expect(next.data.myArticles.edges.map((edge: any) => edge.node.id)).toEqual(tied.slice(1));
    expect(next.data.myArticles.pageInfo.hasNextPage).toBe(false);
  });

  it('refuse a malformed cursor and an offset cursor with invalid_cursor', async () => {
    const offsetCursor = Buffer.from(JSON.stringify(['o', 1])).toString('base64url');
    for (const after of ['kaputt', offsetCursor]) {
      expect(errorOf(await server.gql(MINE_PAGE, { first: 2, after }, { token: moderator.token }))).toEqual({ code: 'BAD_USER_INPUT', reason: 'invalid_cursor' });
      expect(errorOf(await server.gql(ALL_PAGE, { first: 2, after }, { token: admin.token }))).toEqual({ code: 'BAD_USER_INPUT', reason: 'invalid_cursor' });
    }
  });
});

describe('editorial workflow', () => {
  it('draft → in_review → reviewed → published, with review data and audit', async () => {
    const draft = await createDraft(moderator.token);
    expect(errorOf(await server.gql(PUBLISH, { id: draft.id }, { token: superadmin.token }))).toEqual({ code: 'CONFLICT', reason: 'review_required' });

    const submitted = await server.gql(SUBMIT, { id: draft.id }, { token: moderator.token });
    expect(submitted.data.submitArticleForReview.state).toBe('in_review');
    expect(errorOf(await server.gql(SUBMIT, { id: draft.id }, { token: moderator.token }))).toEqual({ code: 'CONFLICT', reason: 'article_not_draft' });
    // Submitted but not yet reviewed: still not publishable.
    expect(errorOf(await server.gql(PUBLISH, { id: draft.id }, { token: superadmin.token }))).toEqual({ code: 'CONFLICT', reason: 'review_required' });

    const reviewed = await server.gql(REVIEW, { id: draft.id, approve: true, note: 'Passt.' }, { token: admin.token });
    expect(reviewed.data.reviewArticle).toMatchObject({ state: 'in_review', reviewApproved: true, reviewNote: 'Passt.' });
    expect(reviewed.data.reviewArticle.reviewedAt).toBeTruthy();

    const published = await server.gql(PUBLISH, { id: draft.id }, { token: superadmin.token });
    expect(published.data.publishArticle.state).toBe('published');
    expect(published.data.publishArticle.publishedAt).toBeTruthy();
    expect(errorOf(await server.gql(PUBLISH, { id: draft.id }, { token: superadmin.token }))).toEqual({ code: 'CONFLICT', reason: 'article_already_published' });

    expect(await auditActions(draft.id)).toEqual(
      expect.arrayContaining(['CMS_ARTICLE_CREATED', 'CMS_ARTICLE_SUBMITTED', 'CMS_ARTICLE_PUBLISH_DENIED', 'CMS_ARTICLE_REVIEWED', 'CMS_ARTICLE_PUBLISHED']),
    );
  });

  it('a review asking for changes returns the article to draft with the note', async () => {
    const draft = await createDraft(moderator.token);
    await server.gql(SUBMIT, { id: draft.id }, { token: moderator.token });
    const reviewed = await server.gql(REVIEW, { id: draft.id, approve: false, note: 'Bitte Quellen ergänzen.' }, { token: admin.token });
    expect(reviewed.data.reviewArticle).toMatchObject({ state: 'draft', reviewApproved: false, reviewNote: 'Bitte Quellen ergänzen.' });
    expect(errorOf(await server.gql(REVIEW, { id: draft.id, approve: true }, { token: admin.token }))).toEqual({ code: 'CONFLICT', reason: 'article_not_in_review' });
    // The author sees the note on their own article.
    const mine = await server.gql('{ myArticles { edges { node { id reviewNote } } } }', {}, { token: moderator.token });
    expect(mine.data.myArticles.edges.find((edge: any) => edge.node.id === draft.id).node.reviewNote).toBe('Bitte Quellen ergänzen.');
  });

  it('an edit by a non-superadmin returns a published article to draft and hides it', async () => {
    const article = await publishedArticle();
    expect((await server.gql(PUBLIC_ARTICLE, { kind: 'blog', slug: article.slug })).data.article.title).toBe('Ein Artikel');

    const edited = await server.gql(UPDATE, { id: article.id, input: { title: 'Neu' } }, { token: moderator.token });
    expect(edited.data.updateArticle).toMatchObject({ state: 'draft', reviewApproved: false, title: 'Neu' });
    expect((await server.gql(PUBLIC_ARTICLE, { kind: 'blog', slug: article.slug })).data.article).toBeNull();
    // The old approval does not carry over: a new review is needed.
    await server.gql(SUBMIT, { id: article.id }, { token: moderator.token });
    expect(errorOf(await server.gql(PUBLISH, { id: article.id }, { token: superadmin.token }))).toEqual({ code: 'CONFLICT', reason: 'review_required' });
  });

  it('an admin edit also returns a published article to draft', async () => {
    const article = await publishedArticle();
    const edited = await server.gql(UPDATE, { id: article.id, input: { excerpt: 'Neu' } }, { token: admin.token });
    expect(edited.data.updateArticle.state).toBe('draft');
  });

  it('a superadmin edit keeps a published article published', async () => {
    const article = await publishedArticle();
    const edited = await server.gql(UPDATE, { id: article.id, input: { title: 'Korrigiert' } }, { token: superadmin.token });
    expect(edited.data.updateArticle).toMatchObject({ state: 'published', title: 'Korrigiert' });
    expect((await server.gql(PUBLIC_ARTICLE, { kind: 'blog', slug: article.slug })).data.article.title).toBe('Korrigiert');
  });

  it('validates input and keeps slugs unique per kind', async () => {
    const first = await createDraft(moderator.token, { slug: 'gleicher-slug' });
    expect(first.slug).toBe('gleicher-slug');
    expect(errorOf(await server.gql(CREATE, { input: draftInput({ slug: 'gleicher-slug' }) }, { token: otherModerator.token }))).toEqual({
      code: 'CONFLICT',
      reason: 'slug_taken',
    });
    await createDraft(moderator.token, { slug: 'gleicher-slug', kind: 'news' });
    for (const [input, reason] of [
      [{ slug: 'Mit Leerzeichen' }, 'invalid_slug'],
      [{ slug: '../etc' }, 'invalid_slug'],
      [{ title: '   ' }, 'invalid_title'],
      [{ excerpt: 'x'.repeat(501) }, 'invalid_excerpt'],
      [{ body: '' }, 'invalid_body'],
    ] as const) {
      expect(errorOf(await server.gql(CREATE, { input: draftInput(input) }, { token: moderator.token }))).toEqual({ code: 'BAD_USER_INPUT', reason });
    }
  });
});

describe('public articles', () => {
  it('renders Markdown without anything executable', async () => {
    const body = [
      '# Titel <script>alert(1)</script>',
      '<img src=x onerror="alert(1)">',
      '<a href="javascript:alert(1)" onclick="alert(1)">klick</a>',
      '[js](javascript:alert(1)) [JS](JaVaScRiPt:alert(1)) [tab](java\tscript:alert(1)) [data](data:text/html;base64,PHNjcmlwdD4=)',
      '![bild](data:image/svg+xml;base64,PHN2Zz4=) [vb](vbscript:msgbox) [proto](//evil.example) [ok](https://example.org/a)',
      '<iframe src="https://evil.example"></iframe><svg onload=alert(1)>',
    ].join('\n\n');
    const article = await publishedArticle({ body });
    const html: string = (await server.gql(PUBLIC_ARTICLE, { kind: 'blog', slug: article.slug })).data.article.bodyHtml;
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/<(img|iframe|svg|a)\b[^>]*\son\w+=/i);
    expect(html).not.toMatch(/<iframe|<svg|<img/i);
    expect(html).not.toMatch(/href="(?!https:\/\/example\.org\/a")/i);
    expect(html).not.toMatch(/src="/i);
    expect(html).toContain('<a href="https://example.org/a" rel="noopener noreferrer nofollow">ok</a>');
    expect(html).toContain('&lt;script&gt;');
  });

  it('lists published articles only, newest first, by kind, with cursor pages', async () => {
    const draft = await createDraft(moderator.token, { kind: 'news' });
    const a = await publishedArticle({ kind: 'news' });
    const b = await publishedArticle({ kind: 'news' });
    const c = await publishedArticle({ kind: 'news' });

    const page1 = await server.gql(PUBLIC_LIST, { kind: 'news', first: 2 });
    expect(page1.data.articles.edges.map((edge: any) => edge.node.slug)).toEqual([c.slug, b.slug]);
    expect(page1.data.articles.pageInfo.hasNextPage).toBe(true);
    const page2 = await server.gql(PUBLIC_LIST, { kind: 'news', first: 2, after: page1.data.articles.pageInfo.endCursor });
    expect(page2.data.articles.edges[0].node.slug).toBe(a.slug);

    const all = await server.gql(PUBLIC_LIST, { first: 50 });
    const slugs = all.data.articles.edges.map((edge: any) => edge.node.slug);
    expect(slugs).not.toContain(draft.slug);
    const blogs = await server.gql(PUBLIC_LIST, { kind: 'blog', first: 50 });
    expect(blogs.data.articles.edges.every((edge: any) => edge.node.kind === 'blog')).toBe(true);
    expect((await server.gql(PUBLIC_ARTICLE, { kind: 'news', slug: draft.slug })).data.article).toBeNull();
    expect(errorOf(await server.gql(PUBLIC_LIST, { after: 'kaputt' }))).toEqual({ code: 'BAD_USER_INPUT', reason: 'invalid_cursor' });
  });

  it('names each article by its own section: /blog/<slug> and /news/<slug>, in the public list and the CMS', async () => {
    const blog = await publishedArticle({ kind: 'blog' });
    const news = await publishedArticle({ kind: 'news' });
    const paths = async (kind: string) =>
      (await server.gql('query($kind: ArticleKind) { articles(kind: $kind, first: 50) { edges { node { slug path } } } }', { kind })).data.articles.edges.map((edge: any) => edge.node);
    expect(await paths('blog')).toContainEqual({ slug: blog.slug, path: `/blog/${blog.slug}` });
    expect(await paths('news')).toContainEqual({ slug: news.slug, path: `/news/${news.slug}` });
    const mine = await server.gql('{ myArticles(first: 50) { edges { node { id path } } } }', {}, { token: moderator.token });
    expect(mine.data.myArticles.edges.map((edge: any) => edge.node)).toContainEqual({ id: news.id, path: `/news/${news.slug}` });
  });

  it('moderators may read published articles', async () => {
    const article = await publishedArticle();
    const read = await server.gql(PUBLIC_ARTICLE, { kind: 'blog', slug: article.slug }, { token: otherModerator.token });
    expect(read.data.article.slug).toBe(article.slug);
  });

  it('seeds a few published articles, once', async () => {
    const em = server.app.services.orm.em.fork();
    expect(await seedArticles(em)).toBe(3);
    expect(await seedArticles(server.app.services.orm.em.fork())).toBe(0);
    const seeded = await server.gql(PUBLIC_ARTICLE, { kind: 'news', slug: 'service-heft-4-0-startet' });
    expect(seeded.data.article.bodyHtml).toContain('<strong>Service Heft 4.0</strong>');
  });
});
