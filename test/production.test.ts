import { existsSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFakeSmtp, type FakeSmtp } from './fake-smtp.ts';
import { errorOf, startServer, type TestServer } from './harness.ts';
import { OPERATOR_ENV } from './operator-env.ts';
import { runMain } from './run-main.ts';

const KEY = 'production-test-secret-key-0123456789abcdef';

const VALID_PRODUCTION = { LTC_ENV: 'production', LTC_SECRET_KEY: KEY, LTC_MAIL_HOST: '127.0.0.1', LTC_PUBLIC_BASE_URL: 'https://example.test', ...OPERATOR_ENV };

describe('production refuses to start with a bad configuration', () => {
  it('starts with a valid one (the control case) and stops cleanly on SIGTERM', async () => {
    const { code, started, stderr } = await runMain(VALID_PRODUCTION);
    expect(stderr).toBe('');
    expect(started).toBe(true);
    expect(code).toBe(0);
  });

  it.each([
    ['without LTC_SECRET_KEY', { LTC_SECRET_KEY: '' }, 'LTC_SECRET_KEY'],
    ['with a short LTC_SECRET_KEY', { LTC_SECRET_KEY: 'too-short-for-production' }, 'LTC_SECRET_KEY'],
    ['with LTC_ALLOW_DEV_HEADERS', { LTC_ALLOW_DEV_HEADERS: '1' }, 'LTC_ALLOW_DEV_HEADERS'],
    ['with LTC_DEV_EXPOSE_OTP', { LTC_DEV_EXPOSE_OTP: '1' }, 'LTC_DEV_EXPOSE_OTP'],
    ['without the operator name for the Impressum', { LTC_OPERATOR_NAME: '' }, 'LTC_OPERATOR_NAME'],
    ['without the operator address', { LTC_OPERATOR_STREET: '' }, 'LTC_OPERATOR_STREET'],
  ])('%s', async (_name, change, variable) => {
    const { code, stderr } = await runMain({ ...VALID_PRODUCTION, ...change });
    expect(code).toBe(78);
    expect(stderr).toContain('Invalid configuration');
    expect(stderr).toMatch(new RegExp(`- ${variable} must`));
  });
});

describe('a production server', () => {
  let smtp: FakeSmtp;
  let server: TestServer;
  beforeAll(async () => {
    smtp = await startFakeSmtp();
    server = await startServer({ ...VALID_PRODUCTION, LTC_MAIL_PORT: String(smtp.port) });
  });
  afterAll(async () => {
    await server.close();
    await smtp.close();
  });

  it('mails the login code through SMTP (no outbox), never returns it, and sets a Secure session cookie', async () => {
    const email = 'prod-user@example.org';
    const requested = await server.gql('mutation($email: String!) { requestLoginCode(email: $email) { challengeId devCode } }', { email });
    expect(requested.data.requestLoginCode.devCode).toBeNull();
    expect(existsSync(path.join(server.storageDir, 'outbox'))).toBe(false);
    const mail = smtp.mails.at(-1)!;
    expect(mail.to).toEqual([email]);
    expect(mail.headers.subject).toContain('Anmeldecode');
    const code = /Anmeldecode lautet: (\d{6})/.exec(mail.text)![1];
    expect(mail.text).toContain(`https://example.test/login#challenge=${requested.data.requestLoginCode.challengeId}&code=${code}`);

    const verified = await server.gql('mutation($id: ID!, $code: String!) { verifyLoginCode(challengeId: $id, code: $code) { token } }', {
      id: requested.data.requestLoginCode.challengeId,
      code,
    });
    const attributes = (verified.headers.get('set-cookie') ?? '').split(';').map((part) => part.trim());
    expect(attributes).toEqual(expect.arrayContaining(['HttpOnly', 'SameSite=Lax', 'Secure']));
    const token = verified.data.verifyLoginCode.token;
    expect((await server.gql('{ me { role } }', {}, { token })).data.me.role).toBe('user');
  });

  it('turns off introspection and GraphiQL', async () => {
    for (const query of ['{ __schema { types { name } } }', '{ __type(name: "User") { name } }']) {
      const answer = await server.gql(query);
      expect(answer.data).toBeUndefined();
      expect(errorOf(answer)).toEqual({ code: 'BAD_USER_INPUT', reason: 'invalid_request' });
      expect(answer.errors?.[0]?.message).toMatch(/introspection/i);
    }
    expect((await server.gql('{ __typename }')).data).toEqual({ __typename: 'Query' });
    const graphiql = await fetch(`${server.url}/graphql`, { headers: { accept: 'text/html' } });
    expect(graphiql.headers.get('content-type') ?? '').not.toContain('text/html');
    expect((await graphiql.text()).toLowerCase()).not.toContain('graphiql');
  });

  it('hides "Did you mean" suggestions of fields, arguments and enum values (issue 12, item 22)', async () => {
    const answers = [
      await server.gql('{ mee { id } }'),
      await server.gql('{ articles(knd: blog) { __typename } }'),
      await server.gql('{ articles(kind: blgo) { __typename } }'),
      await server.gql('query($kind: ArticleKind!) { articles(kind: $kind) { __typename } }', { kind: 'blgo' }),
    ];
    for (const answer of answers) {
      expect(errorOf(answer)).toEqual({ code: 'BAD_USER_INPUT', reason: 'invalid_request' });
      expect(answer.errors?.[0]?.message).toMatch(/Cannot query field "mee"|Unknown argument "knd"|"blgo" does not exist/);
      expect(answer.errors?.[0]?.message).not.toMatch(/did you mean/i);
    }
  });

  it('masks unexpected errors: a generic message and the request id, nothing else', async () => {
    await smtp.close();
    const answer = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: 'mutation { requestLoginCode(email: "prod-other@example.org") { challengeId } }' }),
    });
    const body = (await answer.json()) as { errors: { message: string; extensions: Record<string, unknown> }[] };
    expect(body.errors).toHaveLength(1);
    expect(body.errors[0]!.message).toBe('Unexpected error');
    expect(body.errors[0]!.extensions).toEqual({ code: 'INTERNAL_SERVER_ERROR', requestId: answer.headers.get('x-request-id') });
    expect(JSON.stringify(body)).not.toMatch(/ECONNREFUSED|127\.0\.0\.1|smtp|stack/i);
    const logged = server.logs.map((line) => JSON.parse(line)).find((line) => line.event === 'unexpected_error');
    expect(logged).toMatchObject({ level: 'error', errorName: expect.any(String) });
    expect(logged.message).toBeUndefined();
  });

  it('sends HSTS and ignores dev identity headers', async () => {
    const health = await fetch(`${server.url}/health`);
    expect(health.headers.get('strict-transport-security')).toContain('max-age=');
    const me = await server.gql('{ me { id } }', {}, { headers: { 'x-ltc-user': crypto.randomUUID(), 'x-ltc-role': 'superadmin' } });
    expect(errorOf(me).code).toBe('UNAUTHENTICATED');
  });
});
