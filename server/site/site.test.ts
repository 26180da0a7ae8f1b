import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OPERATOR_ENV } from '../../test/operator-env.ts';
import { signInAs, startServer, type TestServer } from '../../test/harness.ts';
import { DEMO_OPERATOR } from './operator.ts';

const SITE = '{ site { operator { demo name representative street postalCode city country email phone register vatId contentResponsible } trustDisclaimer trustGreenHint } }';

describe('site', () => {
  let demo: TestServer;
  let configured: TestServer;
  beforeAll(async () => {
    demo = await startServer();
    configured = await startServer({ ...OPERATOR_ENV, LTC_OPERATOR_REGISTER: '' });
  });
  afterAll(async () => {
    await demo?.close();
    await configured?.close();
  });

  it('answers anyone, moderators included, with the marked demo operator when none is configured', async () => {
    const moderator = await signInAs(demo, 'moderator', { consent: false });
    for (const token of [undefined, moderator.token]) {
      const answer = await demo.gql(SITE, {}, token ? { token } : {});
      expect(answer.errors).toBeUndefined();
      expect(answer.data.site.operator).toEqual({ ...DEMO_OPERATOR });
    }
  });

  it('answers the configured operator and the fixed copy of the trust light', async () => {
    const { data } = await configured.gql(SITE);
    expect(data.site.operator).toEqual({
      demo: false,
      name: OPERATOR_ENV.LTC_OPERATOR_NAME,
      representative: OPERATOR_ENV.LTC_OPERATOR_REPRESENTATIVE,
      street: OPERATOR_ENV.LTC_OPERATOR_STREET,
      postalCode: OPERATOR_ENV.LTC_OPERATOR_POSTAL_CODE,
      city: OPERATOR_ENV.LTC_OPERATOR_CITY,
      country: 'Deutschland',
      email: OPERATOR_ENV.LTC_OPERATOR_EMAIL,
      phone: OPERATOR_ENV.LTC_OPERATOR_PHONE,
      register: null,
      vatId: 'DE999999999',
      contentResponsible: OPERATOR_ENV.LTC_OPERATOR_CONTENT_RESPONSIBLE,
    });
    expect(data.site.trustDisclaimer).toBe(
      'Die Trust-Ampel bewertet ausschließlich die Dokumentations- und Nachweisqualität. Sie ist keine Aussage über den technischen Zustand des Fahrzeugs.',
    );
    expect(data.site.trustGreenHint).toBe('Dokumentation ist vollständig nachweisbar.');
  });
});
