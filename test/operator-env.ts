/** A complete operator (LTC_OPERATOR_*) for production configurations in tests and benches. */
export const OPERATOR_ENV = {
  LTC_OPERATOR_NAME: 'Prüfbetrieb Service Heft GmbH',
  LTC_OPERATOR_REPRESENTATIVE: 'Geschäftsführer: Max Prüfer',
  LTC_OPERATOR_STREET: 'Prüfallee 7',
  LTC_OPERATOR_POSTAL_CODE: '80331',
  LTC_OPERATOR_CITY: 'München',
  LTC_OPERATOR_EMAIL: 'kontakt@pruefbetrieb.example',
  LTC_OPERATOR_PHONE: '+49 89 1234560',
  LTC_OPERATOR_REGISTER: 'Amtsgericht München, HRB 999999',
  LTC_OPERATOR_VAT_ID: 'DE 999 999 999',
  LTC_OPERATOR_CONTENT_RESPONSIBLE: 'Max Prüfer, Prüfallee 7, 80331 München',
} as const;
