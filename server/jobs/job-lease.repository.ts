import { BaseRepository } from '../db/base.repository.ts';
import type { JobLease } from './job-lease.entity.ts';

export class JobLeaseRepository extends BaseRepository<JobLease> {
  /**
   * Takes the job's lease for `holder` until `leaseUntil` when it is due (`nextRunAt` passed or
   * unset) and nobody holds a live lease; marks the next run due at `nextRunAt`. One conditional
   * update, so of all instances trying at once exactly one gets 1 back.
   */
  async tryAcquire(name: string, holder: string, now: Date, leaseUntil: Date, nextRunAt: Date | null): Promise<boolean> {
    await this.upsertMissing(name);
    const taken = await this.nativeUpdate(
      {
        name,
        $and: [{ $or: [{ leaseUntil: null }, { leaseUntil: { $lt: now } }] }, { $or: [{ nextRunAt: null }, { nextRunAt: { $lte: now } }] }],
      },
      { holder, leaseUntil, nextRunAt },
    );
    return taken === 1;
  }

  /** Ends the holder's lease and records how the run ended. */
  release(name: string, holder: string, at: Date, succeeded: boolean): Promise<number> {
    return this.nativeUpdate({ name, holder }, { holder: null, leaseUntil: null, ...(succeeded ? { lastSuccessAt: at } : { lastFailureAt: at }) });
  }

  /** Every job's recorded state, for metrics and /ready. */
  all(): Promise<JobLease[]> {
    return this.findAll({ orderBy: { name: 'asc' } });
  }

  private async upsertMissing(name: string): Promise<void> {
    if ((await this.count({ name })) > 0) return;
    await this.createQueryBuilder().insert({ name }).onConflict('name').ignore().execute();
  }
}
