// A static single-page app: pages are prerendered shells and all data comes from the API in the
// browser, so nothing fetches at build time.
export const prerender = true;
export const ssr = false;
export const trailingSlash = 'never';
