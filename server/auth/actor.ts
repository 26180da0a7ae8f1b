import type { Role } from '../identity/roles.ts';

/** Who is calling. Null in the context means anonymous. */
export interface Actor {
  userId: string;
  role: Role;
  via: 'session' | 'api_token' | 'dev_header';
  sessionId?: string;
  apiTokenId?: string;
  /** API tokens only: `read` tokens may not call mutations. */
  tokenScope?: 'read' | 'read_write';
  /** The current terms and privacy versions are both accepted. */
  consentComplete: boolean;
}
