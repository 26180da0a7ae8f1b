import type { TestServer } from './harness.ts';

/** Step-up requests per admin share the per-email challenge limit (3 per 10 min): lift it for tests that step up often. */
export const GENEROUS_LIMITS = { LTC_RATE_CHALLENGE_EMAIL_LIMIT: '100' };

const REQUEST = 'mutation($scope: StepUpScope!) { requestStepUp(scope: $scope) { challengeId } }';
const CONFIRM = 'mutation($id: ID!, $code: String!) { confirmStepUp(challengeId: $id, code: $code) { stepUpToken scope expiresAt } }';

/** The code from the newest step-up mail to an address. */
export function lastStepUpCode(server: TestServer, email: string): string {
  const mail = server.outbox().filter((m) => m.to === email).at(-1);
  const code = mail && /Admin-Aktion lautet: (\d{6})/.exec(mail.text)?.[1];
  if (!code) throw new Error('no step-up mail in the outbox');
  return code;
}

/** Asks for a step-up code for `scope`; answers the challenge id. */
export async function requestStepUpCode(server: TestServer, admin: { token: string }, scope: string): Promise<string> {
  const requested = await server.gql(REQUEST, { scope }, { token: admin.token });
  if (!requested.data?.requestStepUp) throw new Error(`requestStepUp failed: ${JSON.stringify(requested.errors)}`);
  return requested.data.requestStepUp.challengeId;
}

/** The whole step-up flow through the API (request, read the mail, confirm): a one-time token for `scope`. */
export async function stepUp(server: TestServer, admin: { token: string; email: string }, scope: string): Promise<string> {
  const challengeId = await requestStepUpCode(server, admin, scope);
  const confirmed = await server.gql(CONFIRM, { id: challengeId, code: lastStepUpCode(server, admin.email) }, { token: admin.token });
  if (!confirmed.data?.confirmStepUp) throw new Error(`confirmStepUp failed: ${JSON.stringify(confirmed.errors)}`);
  return confirmed.data.confirmStepUp.stepUpToken;
}
