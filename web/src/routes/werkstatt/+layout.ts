import { requireSession } from '#lib/session.svelte.ts';
import type { LayoutLoad } from './$types';

// The workshop intake (SPEC §18) needs a signed-in account; whether it may use it (dealer, admin,
// staff of an approved VIP business) the server answers, and a denial shows the forbidden page.
export const load: LayoutLoad = ({ url }) => requireSession(url);
