import MarkdownIt from 'markdown-it';

/** Link targets that can run code or smuggle content are refused; everything else must be web, mail or relative. */
const SAFE_URL = /^(https?:\/\/|mailto:|#|\/(?![/\\])|\.\.?\/)/i;

/**
 * Markdown for articles (SPEC §13): raw HTML is off, so tags in the source are printed as text;
 * links and images must pass SAFE_URL (no javascript:, data:, vbscript:, file:, protocol-relative).
 * A refused link is rendered as plain text.
 */
const markdown = new MarkdownIt({ html: false, linkify: false, typographer: false });
markdown.validateLink = (url: string) => SAFE_URL.test(url.trim());

const renderLinkOpen = markdown.renderer.rules.link_open ?? ((tokens, idx, options, _env, self) => self.renderToken(tokens, idx, options));
markdown.renderer.rules.link_open = (tokens, idx, options, env, self) => {
  // External links must not get a handle on the page that opened them, nor pass it rank.
  tokens[idx]!.attrSet('rel', 'noopener noreferrer nofollow');
  return renderLinkOpen(tokens, idx, options, env, self);
};

export function renderMarkdown(source: string): string {
  return markdown.render(source);
}
