import { redirect } from '@sveltejs/kit';
import { refreshSession, session } from '#lib/session.svelte.ts';
import type { LayoutLoad } from './$types';

/**
 * The administration is for admins and superadmins; nothing of it renders for anyone else
 * (SPEC §17): signed out → the login with `next`, a moderator → the CMS, other roles → the
 * forbidden page. The server still decides every answer.
 */
export const load: LayoutLoad = async ({ url }) => {
  if (!session.loaded) await refreshSession();
  const user = session.user;
  if (!user) redirect(307, `/login?next=${encodeURIComponent(url.pathname + url.search)}`);
  if (user.role === 'moderator') redirect(307, '/cms');
  if (user.role !== 'admin' && user.role !== 'superadmin') redirect(307, '/403');
  return { user };
};
