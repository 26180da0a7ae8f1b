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

/** After login: consent first if needed, then back to where the user wanted to go. */
export async function continueAfterLogin(role: Role, next: string | null): Promise<void> {
  const home = role === 'moderator' ? '/cms' : '/vehicles';
  const target = safeNext(next, home);
  const status = await client.query(ConsentCompleteQuery, {}, { requestPolicy: 'network-only' }).toPromise();
  if (status.data?.consentStatus?.complete === false) await goto(`/consent?next=${encodeURIComponent(target)}`);
  else await goto(target);
}
