import type { Config } from '../config.ts';
import type { MailMessage } from './mailer.ts';

/** What a template gets besides its own values: who sends and where the service lives. */
type Sender = Pick<Config, 'operator' | 'publicBaseUrl'>;
type Mail = Omit<MailMessage, 'to'>;

/** Every mail ends with who sends it and where the Impressum is. */
function signature({ operator, publicBaseUrl }: Sender): string {
  return [
    '-- ',
    'Service Heft 4.0 von LifeTimeCircle',
    `${operator.name}, ${operator.street}, ${operator.postalCode} ${operator.city}`,
    `Impressum: ${publicBaseUrl}/impressum`,
  ].join('\n');
}

const compose = (sender: Sender, subject: string, paragraphs: string[]): Mail => ({
  subject,
  text: ['Guten Tag,', ...paragraphs, 'Mit freundlichen Grüßen\nIhr Service-Heft-Team', signature(sender)].join('\n\n'),
});

/**
 * Every mail the server sends, in one place and in one form of address ("Sie"):
 * server/mail/templates.test.ts renders each one and scans it for informal words.
 */
export const MAILS = {
  loginCode: (sender: Sender, values: { code: string; link: string; validMinutes: number }): Mail =>
    compose(sender, 'Ihr Anmeldecode für LifeTimeCircle', [
      `Ihr Anmeldecode lautet: ${values.code}`,
      `Der Code ist ${values.validMinutes} Minuten gültig und kann einmal verwendet werden. Sie können sich auch direkt über diesen Link anmelden:\n${values.link}`,
      'Wenn Sie keine Anmeldung angefordert haben, können Sie diese E-Mail ignorieren; Ihr Konto bleibt unverändert.',
    ]),
  stepUpCode: (sender: Sender, values: { code: string; validMinutes: number }): Mail =>
    compose(sender, 'Ihr Bestätigungscode für eine Admin-Aktion', [
      `Ihr Bestätigungscode für eine Admin-Aktion lautet: ${values.code}`,
      `Der Code ist ${values.validMinutes} Minuten gültig und kann einmal verwendet werden.`,
      `Wenn Sie keine Admin-Aktion begonnen haben, melden Sie sich bitte sofort beim Betrieb: ${sender.operator.email}`,
    ]),
  reminderDigest: (sender: Sender, values: { overdue: string[]; dueSoon: string[]; unsubscribeLink: string }): Mail => {
    const count = values.overdue.length + values.dueSoon.length;
    const list = (heading: string, lines: string[]) => (lines.length > 0 ? [`${heading}\n${lines.map((line) => `- ${line}`).join('\n')}`] : []);
    return compose(sender, count === 1 ? 'Erinnerung: eine Fälligkeit an Ihrem Fahrzeug' : `Erinnerung: ${count} Fälligkeiten an Ihren Fahrzeugen`, [
      'für Ihre Fahrzeuge im Service Heft stehen Wartungen oder Prüfungen an:',
      ...list('Überfällig:', values.overdue),
      ...list('Bald fällig:', values.dueSoon),
      `Alle Fälligkeiten und Ihre Fahrzeuge finden Sie hier:\n${sender.publicBaseUrl}/vehicles`,
      `Sie erhalten diese Erinnerung, weil Erinnerungen für Ihr Konto eingeschaltet sind. Erinnerungen abbestellen, ohne Anmeldung:\n${values.unsubscribeLink}`,
      `In Ihren Einstellungen können Sie Erinnerungen jederzeit aus- und wieder einschalten:\n${sender.publicBaseUrl}/einstellungen`,
    ]);
  },
} as const;
