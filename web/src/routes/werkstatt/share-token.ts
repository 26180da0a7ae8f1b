/**
 * The share token in what the workshop pasted or scanned: the customer's public link
 * (`…/q/<token>`, the QR code's content) or the bare token. Null when neither is recognisable;
 * whether the token is valid the server decides.
 */
export function shareTokenOf(input: string): string | null {
  const text = input.trim();
  const fromLink = /\/q\/([A-Za-z0-9_-]+)\/?(?:[?#].*)?$/.exec(text)?.[1];
  if (fromLink) return fromLink;
  return /^[A-Za-z0-9_-]+$/.test(text) ? text : null;
}
