/**
 * How many uploads may be in progress at once, per user and in total (issue 12). An upload holds
 * its slot from the moment its body is accepted until its response is done; the excess is refused
 * before a byte of its body is read.
 */
export class UploadSlots {
  readonly perUser: number;
  readonly total: number;
  readonly #byUser = new Map<string, number>();
  #active = 0;

  constructor(limits: { perUser: number; total: number }) {
    this.perUser = limits.perUser;
    this.total = limits.total;
  }

  get active(): number {
    return this.#active;
  }

  /** A release function (safe to call twice), or null when a limit is reached. */
  acquire(userId: string): (() => void) | null {
    const mine = this.#byUser.get(userId) ?? 0;
    if (this.#active >= this.total || mine >= this.perUser) return null;
    this.#active++;
    this.#byUser.set(userId, mine + 1);
    let released = false;
    return () => {
      if (released) return;
      released = true;
      this.#active--;
      const left = (this.#byUser.get(userId) ?? 1) - 1;
      if (left > 0) this.#byUser.set(userId, left);
      else this.#byUser.delete(userId);
    };
  }
}
