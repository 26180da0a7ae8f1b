/**
 * SPEC §1: the only root fields a moderator may call. Everything else, including the public QR
 * page and health-like fields, is FORBIDDEN for moderators before arguments are validated or
 * anything is looked up. A new field is denied to moderators unless it is added here.
 */
export const MODERATOR_ALLOWED_ROOT_FIELDS: ReadonlySet<string> = new Set([
  '__typename',
  // identity and consent
  'me',
  'logout',
  'requestLoginCode',
  'verifyLoginCode',
  'consentStatus',
  'acceptConsents',
  // operator details for Impressum and Kontakt, which every visitor must reach (docs/DECISIONS.md)
  'site',
  // published blog and news
  'articles',
  'article',
  // CMS drafts (SPEC §13)
  'myArticles',
  'createArticle',
  'updateArticle',
  'submitArticleForReview',
  // the unsubscribe link of a reminder mail works for whoever holds it, signed in or not
  'unsubscribeReminders',
]);
