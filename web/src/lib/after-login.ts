import { goto } from '$app/navigation';
import { client } from './client.ts';
import { graphql } from './gql/index.ts';
import type { Role } from './gql/graphql.ts';
import { safeNext } from './next.ts';

const ConsentCompleteQuery = graphql(`
  query ConsentComplete {
    consentStatus {
      complete
    }
  }
`);

/**
 * After login: a moderator goes straight to the CMS (it needs no consent, SPEC §1, so none is
 * asked); everyone else to the consent page first if needed, then where they wanted to go.
 */
export async function continueAfterLogin(role: Role, next: string | null, loadAfresh = false): Promise<void> {
  // A full page load empties the client's cache, where another account's answers may be.
  const go = (target: string) => (loadAfresh ? window.location.assign(target) : goto(target));
  if (role === 'moderator') {
    await go(moderatorTarget(next));
    return;
  }
  const target = safeNext(next, '/vehicles');
  // A fresh session: whatever an earlier visitor of this tab left in the cache does not count.
  const status = await client.query(ConsentCompleteQuery, {}, { requestPolicy: 'network-only' }).toPromise();
  if (status.data?.consentStatus?.complete === false) await go(`/consent?next=${encodeURIComponent(target)}`);
  else await go(target);
}

/** Moderators see only the CMS: a `next` elsewhere would only bounce them there. */
function moderatorTarget(next: string | null): string {
  const target = safeNext(next, '/cms');
  return target === '/cms' || target.startsWith('/cms/') || target.startsWith('/cms?') ? target : '/cms';
}
