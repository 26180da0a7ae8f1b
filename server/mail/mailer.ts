import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import nodemailer from 'nodemailer';
import type { Config } from '../config.ts';
import { newId } from '../db/ids.ts';

export interface MailMessage {
  to: string;
  subject: string;
  text: string;
  /** A link that unsubscribes the recipient, sent as the `List-Unsubscribe` header (RFC 2369). */
  listUnsubscribe?: string;
}

export interface Mailer {
  send(message: MailMessage): Promise<void>;
}

/**
 * Production sends through SMTP. Development and test write each mail as a JSON file to
 * `<storage>/outbox/` (and development also prints it), so a developer and the tests can read
 * the code without a mail server.
 */
export function createMailer(config: Config): Mailer {
  if (config.mail.host) {
    const transport = nodemailer.createTransport({
      host: config.mail.host,
      port: config.mail.port,
      secure: config.mail.secure,
      auth: config.mail.user ? { user: config.mail.user, pass: config.mail.password } : undefined,
    });
    return {
      async send({ listUnsubscribe, ...message }) {
        await transport.sendMail({ from: config.mail.from, ...message, ...(listUnsubscribe ? { list: { unsubscribe: listUnsubscribe } } : {}) });
      },
    };
  }
  const outbox = outboxDir(config);
  let sequence = 0;
  return {
    async send(message) {
      mkdirSync(outbox, { recursive: true });
      // Names sort in sending order (a counter breaks ties within one millisecond), and a mail
      // appears whole: written under a temporary name, then renamed, so a reader never sees half.
      const name = `${Date.now()}-${String(++sequence % 1e6).padStart(6, '0')}-${newId()}`;
      const file = path.join(outbox, `${name}.json`);
      writeFileSync(`${file}.tmp`, JSON.stringify({ ...message, sentAt: new Date().toISOString() }, null, 2), { mode: 0o600 });
      renameSync(`${file}.tmp`, file);
      if (config.env === 'development') {
        process.stderr.write(`\n[dev mail] An: ${message.to}\nBetreff: ${message.subject}\n\n${message.text}\n\n`);
      }
    },
  };
}

export const outboxDir = (config: Config): string => path.join(config.storageDir, 'outbox');
