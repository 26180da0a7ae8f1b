// Certificate ids are only known at runtime: served by the SPA fallback, not prerendered.
export const prerender = false;
