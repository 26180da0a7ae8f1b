import { requireSession } from '#lib/session.svelte.ts';
import type { PageLoad } from './$types';

// Consent is for product use: a moderator needs none and goes to the CMS (SPEC §1).
export const load: PageLoad = ({ url }) => requireSession(url);
