// Articles are known only at runtime: served by the SPA fallback.
export const prerender = false;
