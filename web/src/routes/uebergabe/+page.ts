import { requireSession } from '#lib/session.svelte.ts';
import { keepTokenFromLink } from './pending-token.ts';
import type { PageLoad } from './$types';

// Before the gate: a signed-out visitor of the link is sent to the login, and the code must survive that.
export const load: PageLoad = ({ url }) => {
  keepTokenFromLink();
  return requireSession(url);
};
