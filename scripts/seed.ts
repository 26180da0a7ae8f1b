// Usage: npm run seed
// Demo accounts for every role and demo vehicles with entries in the configured (development)
// database. Idempotent: running it again changes nothing. Refuses to run in production.
import { createApp } from '../server/app.ts';
import { loadConfig } from '../server/config.ts';
import type { Role } from '../server/identity/roles.ts';
import { seedArticles } from '../server/cms/seed-articles.ts';
import { enablePublicShare } from '../server/sharing/sharing.service.ts';
import { createRequestScope } from '../server/request-scope.ts';
import { demoVin, ensureUser, ensureVehicle, type DemoVehicle } from './demo-data.ts';

const config = loadConfig();
if (config.env === 'production') {
  console.error('npm run seed creates demo accounts and refuses to run with LTC_ENV=production');
  process.exit(2);
}

const ACCOUNTS: { email: string; role: Role; vehicles: DemoVehicle[] }[] = [
  {
    email: 'anna.user@demo.lifetimecircle.de',
    role: 'user',
    vehicles: [
      {
        vin: demoVin(1),
        make: 'Volkswagen',
        model: 'Golf VII',
        buildYear: 2016,
        vehicleClass: 'Alltag',
        accidentStatus: 'unfallfrei',
        physicalServiceBook: true,
        nickname: 'Der Graue',
        entries: [
          { date: '2019-04-12', type: 'service', performedBy: 'Autohaus', odometerKm: 45_200 },
          { date: '2020-10-02', type: 'tires', performedBy: 'Reifenservice', odometerKm: 61_800 },
          { date: '2021-05-20', type: 'inspection', performedBy: 'Gesetzliches (TÜV/Gutachten/Wertgutachten)', odometerKm: 70_150 },
          { date: '2023-03-08', type: 'repair', performedBy: 'Fachwerkstatt', odometerKm: 98_400 },
        ],
      },
    ],
  },
  {
    email: 'viktor.vip@demo.lifetimecircle.de',
    role: 'vip',
    vehicles: [
      { vin: demoVin(2), make: 'Porsche', model: '911 Carrera', buildYear: 1998, vehicleClass: 'Sport', accidentStatus: 'unbekannt', physicalServiceBook: true, entries: 6 },
      { vin: demoVin(3), make: 'Mercedes-Benz', model: 'S 500', buildYear: 2012, vehicleClass: 'Luxus', accidentStatus: 'nicht_unfallfrei', physicalServiceBook: false, entries: 3 },
    ],
  },
  {
    email: 'dora.dealer@demo.lifetimecircle.de',
    role: 'dealer',
    vehicles: [
      { vin: demoVin(4), make: 'Ford', model: 'Transit', buildYear: 2019, vehicleClass: 'Nutzfahrzeug', accidentStatus: 'unfallfrei', physicalServiceBook: true, entries: 4 },
      { vin: demoVin(5), make: 'BMW', model: 'M3', buildYear: 2008, vehicleClass: 'Sport', accidentStatus: 'unfallfrei', physicalServiceBook: false, entries: 0 },
    ],
  },
  { email: 'moritz.moderator@demo.lifetimecircle.de', role: 'moderator', vehicles: [] },
  { email: 'adam.admin@demo.lifetimecircle.de', role: 'admin', vehicles: [] },
  { email: 'sina.superadmin@demo.lifetimecircle.de', role: 'superadmin', vehicles: [] },
];

const app = await createApp(config);
const { services } = app;
try {
  for (const account of ACCOUNTS) {
    const em = services.orm.em.fork();
    const { user, created } = await ensureUser(services, em, account.email, account.role);
    console.log(`${created ? 'created' : 'exists '}  ${account.role.padEnd(10)} ${account.email}`);
    for (const demo of account.vehicles) {
      const { vehicleId, created: vehicleCreated } = await ensureVehicle(services, em, user, demo);
      let line = `          ${vehicleCreated ? 'created' : 'exists '} ${demo.make} ${demo.model}`;
      if (vehicleCreated && demo.vin === demoVin(1)) {
        // The share token is shown only when it is created: print Anna's QR link once.
        const link = await enablePublicShare(createRequestScope(services, { actor: { userId: user.id, role: user.role, via: 'session', consentComplete: true }, requestId: 'seed' }, em), 'own', vehicleId);
        line += `  (public QR page: ${link.url})`;
      }
      console.log(line);
    }
  }
  console.log(`articles: ${await seedArticles(services.orm.em.fork())} published (blog and news)`);
  console.log(`
Sign in (npm start, then the web app or GraphiQL at ${config.publicBaseUrl}/graphql):
  1. mutation { requestLoginCode(email: "anna.user@demo.lifetimecircle.de") { challengeId devCode } }
  2. read the 6-digit code from the newest mail in ${config.storageDir}/outbox/ (development
     writes mail there and prints it), or start with LTC_DEV_EXPOSE_OTP=1 and use devCode;
  3. mutation { verifyLoginCode(challengeId: "…", code: "…") { token } }
The demo accounts have accepted the current terms and privacy versions.`);
} finally {
  await app.close();
}
