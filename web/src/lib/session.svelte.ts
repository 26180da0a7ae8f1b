import { client } from './client.ts';
import { graphql } from './gql/index.ts';
import type { Role } from './gql/graphql.ts';

const MeQuery = graphql(`
  query Me {
    me {
      id
      role
      emailMasked
    }
  }
`);

export interface SessionUser {
  id: string;
  role: Role;
  emailMasked: string;
}

/** Who is signed in, for the navigation. Pages still rely on the server's answers, never on this. */
export const session = $state<{ user: SessionUser | null; loaded: boolean }>({ user: null, loaded: false });

export async function refreshSession(): Promise<void> {
  const result = await client.query(MeQuery, {}, { requestPolicy: 'network-only', skipAccessRedirect: true }).toPromise();
  session.user = result.data?.me ?? null;
  session.loaded = true;
}

export const isStaff = (role: Role | undefined) => role === 'admin' || role === 'superadmin';
