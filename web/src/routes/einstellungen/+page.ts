import { requireSession } from '#lib/session.svelte.ts';
import type { PageLoad } from './$types';

export const load: PageLoad = ({ url }) => requireSession(url);
