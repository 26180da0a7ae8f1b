import { requireSession } from '#lib/session.svelte.ts';
import type { LayoutLoad } from './$types';

// The administration is for admins and superadmins; nothing of it renders for anyone else
// (SPEC §17). The server still decides every answer.
export const load: LayoutLoad = ({ url }) => requireSession(url, { roles: ['admin', 'superadmin'] });
