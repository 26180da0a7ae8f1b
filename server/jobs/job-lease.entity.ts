import { defineEntity, p } from '@mikro-orm/sql';
import { JobLeaseRepository } from './job-lease.repository.ts';

/**
 * One scheduled job's state, shared by every instance on the database: who holds its lease and
 * until when, when it is due next, and how its last runs ended. A job runs on the instance that
 * takes the lease; a crashed holder's lease simply expires.
 */
const JobLeaseSchema = defineEntity({
  name: 'JobLease',
  tableName: 'job_leases',
  repository: () => JobLeaseRepository,
  properties: {
    name: p.string().primary(),
    holder: p.string().nullable(),
    leaseUntil: p.datetime().nullable(),
    nextRunAt: p.datetime().nullable(),
    lastSuccessAt: p.datetime().nullable(),
    lastFailureAt: p.datetime().nullable(),
  },
});

export class JobLease extends JobLeaseSchema.class {}
JobLeaseSchema.setClass(JobLease);
