import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorOf, signInAs, startServer, type TestServer } from '../../test/harness.ts';

let server: TestServer;
beforeAll(async () => {
  server = await startServer();
});
afterAll(async () => server.close());

// Regression: Yoga's validation cache is keyed by the document alone, so a guard result of one
// actor used to be replayed to the next actor sending the same document.
describe('operation guards and the validation cache', () => {
  const DOCUMENT = 'mutation { publishArticle(id: "00000000-0000-0000-0000-000000000000") { id } }';

  it("a moderator's denial is not replayed to a superadmin", async () => {
    const moderator = await signInAs(server, 'moderator');
    const superadmin = await signInAs(server, 'superadmin');
    expect(errorOf(await server.gql(DOCUMENT, {}, { token: moderator.token }))).toEqual({ code: 'FORBIDDEN', reason: 'moderator_confined' });
    expect(errorOf(await server.gql(DOCUMENT, {}, { token: superadmin.token }))).toEqual({ code: 'NOT_FOUND', reason: 'article_not_found' });
  });

  it("a superadmin's successful validation does not let a moderator through", async () => {
    const moderator = await signInAs(server, 'moderator');
    const superadmin = await signInAs(server, 'superadmin');
    const document = `${DOCUMENT} # second`;
    expect(errorOf(await server.gql(document, {}, { token: superadmin.token }))).toEqual({ code: 'NOT_FOUND', reason: 'article_not_found' });
    expect(errorOf(await server.gql(document, {}, { token: moderator.token }))).toEqual({ code: 'FORBIDDEN', reason: 'moderator_confined' });
  });
});
