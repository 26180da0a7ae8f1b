// The redeem link carries the transfer code in the fragment (/uebergabe#token=…), which never
// reaches a server. It waits in sessionStorage while the visitor signs in and is removed once used.
const PENDING_KEY = 'ltc-pending-transfer-token';

/** Moves a code from the address bar into sessionStorage, and drops it from the history. */
export function keepTokenFromLink(): void {
  const fromLink = new URLSearchParams(window.location.hash.slice(1)).get('token');
  if (!fromLink) return;
  sessionStorage.setItem(PENDING_KEY, fromLink);
  history.replaceState(history.state, '', window.location.pathname);
}

export const pendingToken = (): string => sessionStorage.getItem(PENDING_KEY) ?? '';
export const keepPendingToken = (token: string): void => sessionStorage.setItem(PENDING_KEY, token);
export const forgetPendingToken = (): void => sessionStorage.removeItem(PENDING_KEY);
