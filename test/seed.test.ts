import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../server/config.ts';
import { migrate, openOrm } from '../server/db/orm.ts';
import { ServiceEntry } from '../server/entries/service-entry.entity.ts';
import { User } from '../server/identity/user.entity.ts';
import { Vehicle } from '../server/vehicles/vehicle.entity.ts';
import { OPERATOR_ENV } from './operator-env.ts';

const storageDir = mkdtempSync(path.join(tmpdir(), 'ltc-seed-'));
afterAll(() => rmSync(storageDir, { recursive: true, force: true }));

const seed = () => {
  const run = spawnSync(process.execPath, ['scripts/seed.ts'], { env: { ...process.env, LTC_ENV: 'development', LTC_STORAGE_DIR: storageDir, LTC_LOG_LEVEL: 'silent' }, encoding: 'utf8' });
  expect(run.status, run.stderr).toBe(0);
  return run.stdout;
};

describe('npm run seed', () => {
  it('creates demo accounts for every role and vehicles with entries, and is idempotent', async () => {
    const first = seed();
    for (const role of ['user', 'vip', 'dealer', 'moderator', 'admin', 'superadmin']) expect(first).toMatch(new RegExp(`created\\s+${role}\\s+\\S+@demo\\.lifetimecircle\\.de`));
    expect(first).toContain('outbox');
    const second = seed();
    expect(second).not.toMatch(/created/);

    const orm = await openOrm(loadConfig({ LTC_ENV: 'development', LTC_STORAGE_DIR: storageDir }).database);
    try {
      await migrate(orm);
      const em = orm.em.fork();
      expect(await em.count(User, {})).toBe(6);
      const vehicles = await em.find(Vehicle, {});
      expect(vehicles).toHaveLength(5);
      expect(vehicles.every((vehicle) => /^FAK\*\*\*\d{4}$/.test(vehicle.vinMasked))).toBe(true);
      expect(await em.count(ServiceEntry, {})).toBeGreaterThan(10);
    } finally {
      await orm.close();
    }
    const database = readFileSync(path.join(storageDir, 'lifetimecircle.sqlite'));
    expect(database.includes(Buffer.from('FAKE0000000000001'))).toBe(false);
  });

  it('refuses to run in production', () => {
    const run = spawnSync(process.execPath, ['scripts/seed.ts'], {
      env: { ...process.env, LTC_ENV: 'production', LTC_SECRET_KEY: 'x'.repeat(40), LTC_MAIL_HOST: 'localhost', LTC_PUBLIC_BASE_URL: 'https://example.org', LTC_STORAGE_DIR: storageDir, ...OPERATOR_ENV },
      encoding: 'utf8',
    });
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('refuses');
  });
});
