/** SPEC §7: shown verbatim wherever the light is shown. */
export const TRUST_DISCLAIMER =
  'Die Trust-Ampel bewertet ausschließlich die Dokumentations- und Nachweisqualität. Sie ist keine Aussage über den technischen Zustand des Fahrzeugs.';

export type TrustLightValue = 'gruen' | 'gelb' | 'orange' | 'rot';

export const TRUST_LABELS: Record<TrustLightValue, string> = {
  gruen: 'Grün',
  gelb: 'Gelb',
  orange: 'Orange',
  rot: 'Rot',
};
