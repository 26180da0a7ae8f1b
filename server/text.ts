/**
 * Length in Unicode characters (code points), the way people count: an emoji or another
 * character outside the Basic Multilingual Plane is one character, not two UTF-16 units.
 */
export function characterCount(text: string): number {
  let count = 0;
  for (const _ of text) count++;
  return count;
}
