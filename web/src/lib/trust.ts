export type TrustLightValue = 'gruen' | 'gelb' | 'orange' | 'rot';

export const TRUST_LABELS: Record<TrustLightValue, string> = {
  gruen: 'Grün',
  gelb: 'Gelb',
  orange: 'Orange',
  rot: 'Rot',
};
