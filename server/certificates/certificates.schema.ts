import { requires } from '../auth/policy.ts';
import { builder } from '../builder.ts';
import type { Context } from '../context.ts';
import { isAdminRole } from '../identity/roles.ts';
import { notFound, rateLimited } from '../errors.ts';
import { recordRateLimit } from '../graphql/rate-limit-feedback.ts';
import { countPublicPageRequest } from '../sharing/sharing.service.ts';
import { vehicleAccess } from '../vehicles/vehicle-access.ts';
import { VehicleRef } from '../vehicles/vehicle.schema.ts';
import { CERTIFICATE_STATES, certificatesOfVehicle, certificateWithState, generateCertificate, publicCertificateView, revokeCertificate, type CertificatePayload, type OwnCertificate, type PublicCertificateView } from './certificates.service.ts';
import { certificateLinks } from './certificate-key-route.ts';

const CertificateStateEnum = builder.enumType('CertificateState', {
  values: CERTIFICATE_STATES,
  description: 'gueltig; ersetzt (a newer certificate of the vehicle exists); widerrufen (revoked by the owner); abgelaufen (older than 90 days).',
});

const CertificateRef = builder.objectRef<OwnCertificate>('Certificate').implement({
  description: 'A signed Nachweis-Zertifikat of a vehicle (SPEC §22), for those who may manage the vehicle.',
  authScopes: ({ certificate }) => requires({ consented: true, ownsVehicle: certificate.vehicle }),
  fields: (t) => ({
    id: t.id({ description: 'Also the public check URL’s secret part.', resolve: ({ certificate }) => certificate.id }),
    vehicleId: t.id({ resolve: ({ certificate }) => certificate.vehicle }),
    state: t.field({ type: CertificateStateEnum, resolve: ({ state }) => state }),
    issuedAt: t.field({ type: 'DateTime', resolve: ({ certificate }) => certificate.issuedAt }),
    validUntil: t.field({ type: 'DateTime', resolve: ({ certificate }) => certificate.validUntil }),
    revokedAt: t.field({ type: 'DateTime', nullable: true, resolve: ({ certificate }) => certificate.revokedAt ?? null }),
    chainFingerprint: t.string({ description: 'The chain head (hex SHA-256) when it was issued.', resolve: ({ certificate }) => certificate.chainFingerprint }),
    entryCount: t.int({ resolve: ({ certificate }) => (JSON.parse(certificate.payload) as CertificatePayload).entries.length }),
    checkUrl: t.string({ description: 'LTC_PUBLIC_BASE_URL/v/<id>: the public check the QR code on the PDF leads to.', resolve: ({ certificate }, _args, context) => certificateLinks(context.services.config, certificate.id).checkUrl }),
    signedPayload: t.string({ description: 'The canonical JSON that is signed (docs/VERIFICATION.md).', resolve: ({ certificate }) => certificate.payload }),
    signature: t.string({ description: 'Ed25519 signature of signedPayload’s UTF-8 bytes, base64url.', resolve: ({ certificate }) => certificate.signature }),
    keyId: t.string({ description: 'The `kid` of the key at /.well-known/ltc-certificate-key that signed it.', resolve: ({ certificate }) => certificate.keyId }),
    pdfBase64: t.string({
      description: 'The certificate as a PDF, base64. Drawn from signedPayload on each request.',
      resolve: async ({ certificate }, _args, context) => {
        // pdfkit and the fonts (about 30 MB of memory) load with the first PDF, not with every server.
        const { certificatePdf } = await import('./certificate-pdf.ts');
        return (await certificatePdf(JSON.parse(certificate.payload) as CertificatePayload, certificate.signature, certificateLinks(context.services.config, certificate.id))).toString('base64');
      },
    }),
  }),
});

/** The public check `/v/<id>`: exactly the fields SPEC §22 allows. */
const PublicCertificateRef = builder.objectRef<PublicCertificateView>('PublicCertificate').implement({
  authScopes: requires({ notModerator: true }),
  fields: (t) => ({
    state: t.field({ type: CertificateStateEnum, resolve: (view) => view.state }),
    chainFingerprint: t.exposeString('chainFingerprint'),
    make: t.exposeString('make'),
    model: t.exposeString('model'),
    issuedAt: t.field({ type: 'DateTime', resolve: (view) => view.issuedAt }),
  }),
});

builder.objectField(VehicleRef, 'certificates', (t) =>
  t.field({
    type: [CertificateRef],
    description: 'Certificates of the vehicle, newest first. Never on the public page.',
    resolve: (vehicle, _args, context) => certificatesOfVehicle(context, vehicle.id),
  }),
);

builder.objectField(VehicleRef, 'certificate', (t) =>
  t.field({
    type: CertificateRef,
    nullable: true,
    description: 'One certificate of the vehicle (e.g. for its PDF), or null.',
    args: { id: t.arg.string({ required: true }) },
    resolve: async (vehicle, args, context) => (await certificatesOfVehicle(context, vehicle.id)).find(({ certificate }) => certificate.id === args.id) ?? null,
  }),
);

builder.mutationField('generateCertificate', (t) =>
  t.field({
    type: CertificateRef,
    description: 'Signs a certificate of the history as it is now (CONFLICT certificate_needs_history without any; RATE_LIMITED per account). Older ones become `ersetzt`.',
    args: { vehicleId: t.arg.id({ required: true }) },
    authScopes: (_root, args) => requires({ consented: true, ownsVehicle: String(args.vehicleId) }),
    resolve: async (_root, args, context) => {
      const vehicleId = String(args.vehicleId);
      const certificate = await generateCertificate(context, await vehicleAccess(context, vehicleId), vehicleId);
      return { certificate, state: 'gueltig' as const };
    },
  }),
);

/**
 * Scopes of a certificate: those of its vehicle; unknown ids are refused like foreign ones, and
 * admins (who may see every vehicle) learn NOT_FOUND.
 */
async function certificateScopes(context: Context, id: string) {
  const vehicleId = (await certificateWithState(context, id))?.certificate.vehicle ?? '';
  if (!vehicleId && isAdminRole(context.actor?.role) && context.actor?.consentComplete) throw notFound('certificate_not_found');
  return requires({ consented: true, ownsVehicle: vehicleId });
}

builder.mutationField('revokeCertificate', (t) =>
  t.field({
    type: CertificateRef,
    description: 'Its public check answers `widerrufen` from now on (CONFLICT certificate_already_revoked). Unknown and foreign ids are refused alike.',
    // A String, not an ID: certificate ids are random (the check URL's secret part), not UUIDs.
    args: { id: t.arg.string({ required: true }) },
    authScopes: (_root, args, context) => certificateScopes(context, args.id),
    resolve: async (_root, args, context) => {
      const { certificate } = (await certificateWithState(context, args.id))!;
      const revoked = await revokeCertificate(context, await vehicleAccess(context, certificate.vehicle), certificate);
      return { certificate: revoked, state: 'widerrufen' as const };
    },
  }),
);

builder.queryField('publicCertificate', (t) =>
  t.field({
    type: PublicCertificateRef,
    nullable: true,
    description: 'The public certificate check /v/<id>. Null ("not available") for unknown ids. Rate-limited per IP like publicVehicle.',
    args: { id: t.arg.string({ required: true }) },
    authScopes: requires({ notModerator: true }),
    resolve: async (_root, args, context) => {
      const state = await countPublicPageRequest(context.services, context.ip);
      recordRateLimit(context.request, state);
      if (!state.allowed) throw rateLimited();
      return publicCertificateView(context, args.id);
    },
  }),
);
