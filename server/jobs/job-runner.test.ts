import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { twoOrmsOnOneDatabase } from '../../test/harness.ts';
import type { Orm } from '../db/orm.ts';
import { createLogger } from '../logging/logger.ts';
import { Metrics } from '../ops/metrics.ts';
import { JobLease } from './job-lease.entity.ts';
import { JobRunner, type ScheduledJob } from './job-runner.ts';

/** Two instances on one database: two ORMs (two connection pools) and two runners. */
let database: Awaited<ReturnType<typeof twoOrmsOnOneDatabase>>;
let orms: Orm[];
let metrics: Metrics[];
let runners: JobRunner[];

beforeAll(async () => {
  database = await twoOrmsOnOneDatabase();
  orms = database.orms;
  metrics = [new Metrics(), new Metrics()];
  runners = orms.map((orm, index) => new JobRunner(orm, metrics[index]!, createLogger('silent')));
});

afterAll(async () => {
  for (const runner of runners) await runner.stop();
  await database.close();
});

const leaseOf = (name: string) => orms[0]!.em.fork().findOneOrFail(JobLease, { name });
const setLease = (name: string, fields: Partial<Pick<JobLease, 'holder' | 'leaseUntil' | 'nextRunAt'>>) => orms[0]!.em.fork().nativeUpdate(JobLease, { name }, fields);
const counted = async (index: number, job: string, result: string) =>
  (await metrics[index]!.registry.getSingleMetric('ltc_job_runs_total')!.get()).values.find((value) => value.labels.job === job && value.labels.result === result)?.value ?? 0;

function countingJob(name: string): ScheduledJob & { runs: number } {
  const job = {
    name,
    everyMs: 60_000,
    leaseMs: 60_000,
    runs: 0,
    run: async () => {
      job.runs++;
    },
  };
  return job;
}

describe('JobRunner (several instances, one database)', () => {
  it('runs a due job on exactly one instance when all try at once, then not again within the period', async () => {
    const job = countingJob('once_per_period');
    const ran = await Promise.all([...runners, ...runners].map((runner) => runner.runIfDue(job)));
    expect(ran.filter(Boolean)).toHaveLength(1);
    expect(job.runs).toBe(1);
    expect(await Promise.all(runners.map((runner) => runner.runIfDue(job)))).toEqual([false, false]);
    const lease = await leaseOf('once_per_period');
    expect(lease).toMatchObject({ holder: null, leaseUntil: null });
    expect(lease.lastSuccessAt).toBeInstanceOf(Date);
    // Due again by about one period: 60 s less the tolerance for drifting timers.
    expect(lease.nextRunAt!.getTime() - lease.lastSuccessAt!.getTime()).toBeGreaterThan(50_000);
    expect((await counted(0, 'once_per_period', 'success')) + (await counted(1, 'once_per_period', 'success'))).toBe(1);
    expect((await counted(0, 'once_per_period', 'skipped')) + (await counted(1, 'once_per_period', 'skipped'))).toBe(5);
  });

  it('runs again once the next period is due', async () => {
    const job = countingJob('next_period');
    expect(await runners[0]!.runIfDue(job)).toBe(true);
    await setLease('next_period', { nextRunAt: new Date(Date.now() - 1) });
    expect(await runners[1]!.runIfDue(job)).toBe(true);
    expect(job.runs).toBe(2);
  });

  it('leaves a live lease alone and takes over an expired one (a holder that crashed)', async () => {
    const job = countingJob('crashed_holder');
    expect(await runners[0]!.runIfDue(job)).toBe(true);
    await setLease('crashed_holder', { holder: 'instance-that-died', leaseUntil: new Date(Date.now() + 60_000), nextRunAt: new Date(Date.now() - 1) });
    expect(await runners[1]!.runIfDue(job)).toBe(false);
    await setLease('crashed_holder', { leaseUntil: new Date(Date.now() - 1) });
    expect(await runners[1]!.runIfDue(job)).toBe(true);
    expect(job.runs).toBe(2);
    expect((await leaseOf('crashed_holder')).holder).toBeNull();
  });

  it('records a failed run, releases the lease and counts it', async () => {
    const job: ScheduledJob = { name: 'failing', everyMs: 60_000, leaseMs: 60_000, run: () => Promise.reject(new Error('boom')) };
    expect(await runners[0]!.runIfDue(job)).toBe(true);
    const lease = await leaseOf('failing');
    expect(lease).toMatchObject({ holder: null, leaseUntil: null, lastSuccessAt: null });
    expect(lease.lastFailureAt).toBeInstanceOf(Date);
    expect(await counted(0, 'failing', 'failure')).toBe(1);
  });

  it('runs an exclusive job on one instance at a time, with no period', async () => {
    let finish!: () => void;
    const first = runners[0]!.runExclusive('queue_pass', 60_000, () => new Promise<void>((resolve) => (finish = resolve)));
    await expect.poll(async () => (await orms[1]!.em.fork().findOne(JobLease, { name: 'queue_pass' }))?.holder).toBe(runners[0]!.instanceId);
    expect(await runners[1]!.runExclusive('queue_pass', 60_000, async () => undefined)).toBe(false);
    finish();
    expect(await first).toBe(true);
    expect(await runners[1]!.runExclusive('queue_pass', 60_000, async () => undefined)).toBe(true);
  });

  it('exports when each job last succeeded on any instance', async () => {
    const text = await metrics[1]!.registry.metrics();
    expect(text).toMatch(/ltc_job_last_success_timestamp_seconds\{job="once_per_period"\} \d+/);
    expect(text).not.toMatch(/ltc_job_last_success_timestamp_seconds\{job="failing"\}/);
  });
});
