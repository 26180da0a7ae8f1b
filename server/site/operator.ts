import { normaliseEmail } from '../identity/email.ts';

/**
 * Who operates the service: the provider details § 5 DDG asks for (Impressum, Kontakt) and the
 * person responsible for the editorial content (§ 18 Abs. 2 MStV: the blog). From LTC_OPERATOR_*.
 */
export interface Operator {
  /** Development and test without any LTC_OPERATOR_*: example data the pages mark as such. */
  demo: boolean;
  /** Name with legal form, e.g. "LifeTimeCircle GmbH". */
  name: string;
  /** Who represents a company ("Geschäftsführer: …"); unset for a sole trader. */
  representative?: string;
  street: string;
  postalCode: string;
  city: string;
  country: string;
  email: string;
  phone: string;
  /** Register court and number, e.g. "Amtsgericht München, HRB 123456". */
  register?: string;
  /** Umsatzsteuer-Identifikationsnummer (§ 27a UStG). */
  vatId?: string;
  /** Name and address of the person responsible for the content (§ 18 Abs. 2 MStV). */
  contentResponsible: string;
}

type OperatorText = Exclude<keyof Operator, 'demo'>;

/** Environment variable of each field; required ones must be set in production. */
const VARIABLES: Record<OperatorText, { name: string; required: boolean }> = {
  name: { name: 'LTC_OPERATOR_NAME', required: true },
  representative: { name: 'LTC_OPERATOR_REPRESENTATIVE', required: false },
  street: { name: 'LTC_OPERATOR_STREET', required: true },
  postalCode: { name: 'LTC_OPERATOR_POSTAL_CODE', required: true },
  city: { name: 'LTC_OPERATOR_CITY', required: true },
  country: { name: 'LTC_OPERATOR_COUNTRY', required: false },
  email: { name: 'LTC_OPERATOR_EMAIL', required: true },
  // § 5 Abs. 1 Nr. 2 DDG: a second direct channel next to email; without a contact form, the phone.
  phone: { name: 'LTC_OPERATOR_PHONE', required: true },
  register: { name: 'LTC_OPERATOR_REGISTER', required: false },
  vatId: { name: 'LTC_OPERATOR_VAT_ID', required: false },
  contentResponsible: { name: 'LTC_OPERATOR_CONTENT_RESPONSIBLE', required: true },
};

/** Development and test only, and marked `demo` so the pages say so. */
export const DEMO_OPERATOR: Operator = {
  demo: true,
  name: 'LifeTimeCircle Demo-Betrieb (Beispieldaten)',
  representative: 'Geschäftsführerin: Erika Beispiel',
  street: 'Beispielweg 1',
  postalCode: '12345',
  city: 'Beispielstadt',
  country: 'Deutschland',
  email: 'kontakt@example.org',
  phone: '+49 30 1234567',
  register: 'Amtsgericht Beispielstadt, HRB 12345',
  vatId: 'DE123456789',
  contentResponsible: 'Erika Beispiel, Beispielweg 1, 12345 Beispielstadt',
};

const MAX_LENGTH = 200;

/**
 * The operator from the environment. Development and test without any LTC_OPERATOR_* get the
 * demo operator; as soon as one is set, or in production, every required field must be set.
 */
export function configuredOperator(env: NodeJS.ProcessEnv, production: boolean, problems: string[]): Operator {
  const entries = Object.entries(VARIABLES) as [OperatorText, { name: string; required: boolean }][];
  const value = (field: OperatorText) => env[VARIABLES[field].name]?.trim() || undefined;
  if (!production && entries.every(([field]) => value(field) === undefined)) return DEMO_OPERATOR;

  const operator: Partial<Operator> = { demo: false, country: 'Deutschland' };
  for (const [field, variable] of entries) {
    const raw = value(field);
    if (raw === undefined) {
      if (variable.required) problems.push(`${variable.name} must be set${production ? ' in production' : ''} (operator details for Impressum and Kontakt, § 5 DDG)`);
      continue;
    }
    if (raw.length > MAX_LENGTH) problems.push(`${variable.name} must be at most ${MAX_LENGTH} characters`);
    operator[field] = raw;
  }
  if (operator.email) {
    try {
      operator.email = normaliseEmail(operator.email);
    } catch {
      problems.push('LTC_OPERATOR_EMAIL must be an email address');
    }
  }
  if (operator.phone && !/^\+?[0-9][0-9 ()/-]{5,}$/.test(operator.phone)) problems.push('LTC_OPERATOR_PHONE must be a phone number (digits, spaces and + ( ) / -)');
  if (operator.vatId) {
    operator.vatId = operator.vatId.replace(/\s+/g, '').toUpperCase();
    if (!/^[A-Z]{2}[0-9A-Z+*.]{2,12}$/.test(operator.vatId)) problems.push('LTC_OPERATOR_VAT_ID must be a VAT identification number such as DE123456789');
  }
  return operator as Operator;
}
