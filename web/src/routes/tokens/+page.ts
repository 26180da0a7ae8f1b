import { API_TOKEN_ROLES, requireSession } from '#lib/session.svelte.ts';
import type { PageLoad } from './$types';

export const load: PageLoad = ({ url }) => requireSession(url, { roles: API_TOKEN_ROLES });
