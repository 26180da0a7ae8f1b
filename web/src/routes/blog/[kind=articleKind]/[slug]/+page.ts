import { redirect } from '@sveltejs/kit';
import type { PageLoad } from './$types';

// The earlier address /blog/<kind>/<slug>: links and bookmarks lead to /blog/<slug> or /news/<slug>.
export const prerender = false;

export const load: PageLoad = ({ params }) => {
  redirect(308, `/${params.kind}/${params.slug}`);
};
