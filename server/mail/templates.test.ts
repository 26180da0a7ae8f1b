import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signInAs, startServer, type TestServer } from '../../test/harness.ts';
import { GENEROUS_LIMITS, requestStepUpCode } from '../../test/step-up.ts';
import { DEMO_OPERATOR } from '../site/operator.ts';
import { MAILS } from './templates.ts';

/** Informal German address. "Ihr" is formal when capitalised, so the plural "ihr" counts only in lower case. */
const INFORMAL_ANY_CASE = /\b(du|dich|dir|dein\w*|euch|euer|eure\w*)\b/gi;
const INFORMAL_LOWER_CASE = /\bihr\b/g;
const informalWords = (text: string): string[] => [...(text.match(INFORMAL_ANY_CASE) ?? []), ...(text.match(INFORMAL_LOWER_CASE) ?? [])];

const SENDER = { operator: DEMO_OPERATOR, publicBaseUrl: 'https://serviceheft.example.org' };
/** One sample per template: a new template without a sample fails the typecheck. */
const SAMPLES: { [Name in keyof typeof MAILS]: Parameters<(typeof MAILS)[Name]>[1] } = {
  loginCode: { code: '123456', link: 'https://serviceheft.example.org/login#challenge=x&code=123456', validMinutes: 10 },
  stepUpCode: { code: '654321', validMinutes: 10 },
  reminderDigest: {
    overdue: ['VW Golf „Blitz“: HU/AU, fällig am 01.03.2027'],
    dueSoon: ['BMW 320d: Inspektion, fällig am 20.03.2027 oder bei 120.000 km, je nachdem, was zuerst eintritt'],
    unsubscribeLink: 'https://serviceheft.example.org/abmelden/erinnerungen#token=x',
  },
};
const rendered = Object.entries(SAMPLES).map(([name, values]) => ({ name, ...MAILS[name as keyof typeof MAILS](SENDER, values as never) }));

describe('mail copy', () => {
  it('finds informal words (the scanner itself works)', () => {
    expect(informalWords('Wenn du keine Anmeldung angefordert hast, melde dich. Dein Code.')).toEqual(['du', 'dich', 'Dein']);
    expect(informalWords('Ihr Code; ihr habt')).toEqual(['ihr']);
  });

  it.each(rendered)('addresses the reader formally in $name and names the sender with the Impressum', (mail) => {
    expect(informalWords(`${mail.subject}\n${mail.text}`)).toEqual([]);
    expect(mail.text).toMatch(/\bSie\b/);
    expect(mail.text).toContain('Guten Tag,');
    expect(mail.text).toContain(`${DEMO_OPERATOR.name}, ${DEMO_OPERATOR.street}, ${DEMO_OPERATOR.postalCode} ${DEMO_OPERATOR.city}`);
    expect(mail.text).toContain('Impressum: https://serviceheft.example.org/impressum');
  });
});

describe('mails the server sends', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startServer(GENEROUS_LIMITS);
  });
  afterAll(async () => server?.close());

  it('are formal from login to step-up, with the configured validity and operator', async () => {
    const admin = await signInAs(server, 'superadmin');
    await requestStepUpCode(server, admin, 'role_grant');
    const mails = server.outbox().filter((mail) => mail.to === admin.email);
    expect(mails.map((mail) => mail.subject)).toEqual(['Ihr Anmeldecode für LifeTimeCircle', 'Ihr Bestätigungscode für eine Admin-Aktion']);
    for (const mail of mails) {
      expect(informalWords(`${mail.subject}\n${mail.text}`)).toEqual([]);
      expect(mail.text).toContain('10 Minuten gültig');
      expect(mail.text).toContain(server.app.services.config.operator.name);
    }
    expect(mails[1]!.text).toContain(`beim Betrieb: ${server.app.services.config.operator.email}`);
  });
});
