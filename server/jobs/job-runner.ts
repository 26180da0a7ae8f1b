import { randomUUID } from 'node:crypto';
import { Counter, Gauge } from 'prom-client';
import type { Orm } from '../db/orm.ts';
import type { Logger } from '../logging/logger.ts';
import type { Metrics } from '../ops/metrics.ts';
import { JobLease } from './job-lease.entity.ts';
import type { JobLeaseRepository } from './job-lease.repository.ts';

export interface ScheduledJob {
  /** Stable name: the lease row and the metric label. */
  name: string;
  /** How often the job runs across all instances together. */
  everyMs: number;
  /** How long one run may take before another instance may assume its holder died. */
  leaseMs: number;
  run(): Promise<void>;
}

/** A tick up to this share of a period early still counts as due: timers of different instances drift. */
const EARLY_TICK_TOLERANCE = 0.05;

/**
 * Runs scheduled jobs exactly once per period across all instances on one database (SPEC §24):
 * every instance ticks, and the one that takes the job's lease (a conditional update of its row in
 * `job_leases`) runs it and sets when it is due next. A holder that crashes leaves a lease that
 * expires after `leaseMs`; the job is due again at its next period. Timers are unref'd, so they
 * never keep the process alive; `stop` waits for runs in progress.
 */
export class JobRunner {
  readonly instanceId = randomUUID();
  readonly #orm: Orm;
  readonly #logger: Logger;
  readonly #runs: Counter<'job' | 'result'>;
  readonly #timers = new Set<NodeJS.Timeout>();
  readonly #running = new Set<Promise<unknown>>();
  #stopped = false;

  constructor(orm: Orm, metrics: Metrics, logger: Logger) {
    this.#orm = orm;
    this.#logger = logger;
    this.#runs = new Counter({
      name: 'ltc_job_runs_total',
      help: 'Scheduled job runs on this instance by job and result (skipped: another instance held the lease or the job was not due).',
      labelNames: ['job', 'result'] as const,
      registers: [metrics.registry],
    });
    const leases = () => this.#orm.em.fork().getRepository(JobLease);
    new Gauge({
      name: 'ltc_job_last_success_timestamp_seconds',
      help: 'When each scheduled job last succeeded on any instance (from the database).',
      labelNames: ['job'] as const,
      registers: [metrics.registry],
      async collect() {
        for (const lease of await leases().all()) {
          if (lease.lastSuccessAt) this.set({ job: lease.name }, lease.lastSuccessAt.getTime() / 1000);
        }
      },
    });
  }

  /** Ticks now and every `everyMs`: the instance that takes the lease runs the job. */
  schedule(job: ScheduledJob): void {
    const tick = () => void this.runIfDue(job);
    const timer = setInterval(tick, job.everyMs);
    timer.unref();
    this.#timers.add(timer);
    tick();
  }

  /** Runs the job here if it is due and no other instance holds it; answers whether it ran. */
  runIfDue(job: ScheduledJob): Promise<boolean> {
    return this.#track(this.#withLease(job.name, job.leaseMs, job.everyMs * (1 - EARLY_TICK_TOLERANCE), job.run));
  }

  /**
   * Runs `run` here unless another instance is running the same job right now (a lease without a
   * period, e.g. a pass over a queue); answers whether it ran.
   */
  runExclusive(name: string, leaseMs: number, run: () => Promise<void>): Promise<boolean> {
    return this.#track(this.#withLease(name, leaseMs, null, run));
  }

  /** Stops the timers and waits for every attempt in progress. */
  async stop(): Promise<void> {
    this.#stopped = true;
    for (const timer of this.#timers) clearInterval(timer);
    await this.idle();
  }

  /** Waits for every attempt in progress, from taking the lease to releasing it (e.g. the ticks at start). */
  async idle(): Promise<void> {
    while (this.#running.size > 0) await Promise.allSettled(this.#running);
  }

  #track(attempt: Promise<boolean>): Promise<boolean> {
    this.#running.add(attempt);
    return attempt.finally(() => this.#running.delete(attempt));
  }

  async #withLease(name: string, leaseMs: number, periodMs: number | null, run: () => Promise<void>): Promise<boolean> {
    if (this.#stopped) return false;
    const leases = this.#orm.em.fork().getRepository(JobLease);
    const now = new Date();
    const nextRunAt = periodMs === null ? null : new Date(now.getTime() + periodMs);
    let acquired: boolean;
    try {
      acquired = await leases.tryAcquire(name, this.instanceId, now, new Date(now.getTime() + leaseMs), nextRunAt);
    } catch (error) {
      this.#logger.error('job_lease_failed', { job: name, errorName: (error as Error)?.name });
      this.#runs.inc({ job: name, result: 'failure' });
      return false;
    }
    if (!acquired) {
      this.#runs.inc({ job: name, result: 'skipped' });
      return false;
    }
    await this.#run(name, run, leases);
    return true;
  }

  async #run(name: string, run: () => Promise<void>, leases: JobLeaseRepository): Promise<void> {
    let succeeded = false;
    try {
      await run();
      succeeded = true;
    } catch (error) {
      this.#logger.error('job_failed', { job: name, errorName: (error as Error)?.name });
    }
    this.#runs.inc({ job: name, result: succeeded ? 'success' : 'failure' });
    await leases.release(name, this.instanceId, new Date(), succeeded).catch((error: unknown) => this.#logger.error('job_lease_failed', { job: name, errorName: (error as Error)?.name }));
  }
}
