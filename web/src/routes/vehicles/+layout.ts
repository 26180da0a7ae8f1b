import { requireSession } from '#lib/session.svelte.ts';
import type { LayoutLoad } from './$types';

// Every vehicle page (list, new, detail) needs a signed-in owner: checked before anything renders.
export const load: LayoutLoad = ({ url }) => requireSession(url);
