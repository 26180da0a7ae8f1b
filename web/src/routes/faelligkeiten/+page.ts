import { requireSession } from '#lib/session.svelte.ts';
import type { PageLoad } from './$types';

// The due list of the own vehicles needs a signed-in owner: checked before anything renders.
export const load: PageLoad = ({ url }) => requireSession(url);
