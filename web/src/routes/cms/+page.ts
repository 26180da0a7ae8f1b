import { requireSession } from '#lib/session.svelte.ts';
import type { PageLoad } from './$types';

// The CMS is for moderators, admins and superadmins (SPEC §13): nothing renders for anyone else.
export const load: PageLoad = ({ url }) => requireSession(url, { roles: ['moderator', 'admin', 'superadmin'] });
