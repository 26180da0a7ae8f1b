import { resolveCursorConnection, type ResolveCursorConnectionArgs } from '@pothos/plugin-relay';
import { requires } from '../auth/policy.ts';
import { builder } from '../builder.ts';
import { keysetCursor } from '../graphql/cursors.ts';
import { ACTOR_TYPES, AUDIT_RESULTS, AUDIT_SCOPES, type AuditEvent } from './audit-event.entity.ts';
import { listAuditEvents } from './audit-log.service.ts';

const AuditResultEnum = builder.enumType('AuditResult', { values: AUDIT_RESULTS });
const AuditScopeEnum = builder.enumType('AuditScope', { values: AUDIT_SCOPES });
const AuditActorTypeEnum = builder.enumType('AuditActorType', { values: ACTOR_TYPES });

const AuditEventRef = builder.objectRef<AuditEvent>('AuditEvent').implement({
  authScopes: requires({ admin: true }),
  fields: (t) => ({
    id: t.exposeID('id'),
    at: t.expose('at', { type: 'DateTime' }),
    actorType: t.field({ type: AuditActorTypeEnum, resolve: (event) => event.actorType }),
    actorId: t.exposeID('actorId', { nullable: true }),
    actorRole: t.exposeString('actorRole', { nullable: true }),
    action: t.exposeString('action'),
    targetType: t.exposeString('targetType', { nullable: true }),
    targetId: t.exposeID('targetId', { nullable: true }),
    scope: t.field({ type: AuditScopeEnum, nullable: true, resolve: (event) => event.scope ?? null }),
    result: t.field({ type: AuditResultEnum, resolve: (event) => event.result }),
    reason: t.exposeString('reason', { nullable: true }),
    requestId: t.exposeString('requestId', { nullable: true }),
    metadata: t.string({
      nullable: true,
      description: 'Allow-listed metadata as a JSON object (never emails, tokens, codes, VINs, filenames or notes).',
      resolve: (event) => (event.metadata ? JSON.stringify(event.metadata) : null),
    }),
  }),
});

builder.queryField('auditLog', (t) =>
  t.connection({
    type: AuditEventRef,
    nullable: true,
    authScopes: requires({ consented: true, admin: true }),
    description: 'The audit trail, newest first. All filters are optional and combine with AND.',
    args: {
      actions: t.arg.stringList({ required: false, description: 'e.g. ["ROLE_GRANTED", "ROLE_REVOKED"]' }),
      actorId: t.arg.id({ required: false }),
      targetType: t.arg.string({ required: false }),
      targetId: t.arg.id({ required: false }),
      result: t.arg({ type: AuditResultEnum, required: false }),
      from: t.arg({ type: 'DateTime', required: false, description: 'Inclusive.' }),
      to: t.arg({ type: 'DateTime', required: false, description: 'Exclusive.' }),
    },
    resolve: (_root, args, context) =>
      resolveCursorConnection({ args, toCursor: (event) => keysetCursor(event.at, event.id) }, (page: ResolveCursorConnectionArgs) =>
        listAuditEvents(
          context,
          {
            actions: args.actions,
            actorId: args.actorId == null ? null : String(args.actorId),
            targetType: args.targetType,
            targetId: args.targetId == null ? null : String(args.targetId),
            result: args.result,
            from: args.from,
            to: args.to,
          },
          page,
        ),
      ),
  }),
);
