import { requires } from '../auth/policy.ts';
import { builder } from '../builder.ts';
import { STEP_UP_SCOPES, type StepUpScope } from './step-up-grant.entity.ts';
import { confirmStepUp, requestStepUp } from './step-up.service.ts';

/** Description of the `stepUpToken` argument every sensitive mutation takes. */
export const STEP_UP_TOKEN_ARG = 'From confirmStepUp; without it the answer is FORBIDDEN/admin_step_up_required.';

export const StepUpScopeEnum = builder.enumType('StepUpScope', { values: STEP_UP_SCOPES });

const StepUpChallengeRef = builder.objectRef<{ challengeId: string; devCode: string | null }>('StepUpChallenge').implement({
  authScopes: requires({ admin: true }),
  fields: (t) => ({
    challengeId: t.exposeID('challengeId'),
    devCode: t.exposeString('devCode', { nullable: true, description: 'Only in development with LTC_DEV_EXPOSE_OTP.' }),
  }),
});

const StepUpGrantRef = builder.objectRef<{ stepUpToken: string; scope: StepUpScope; expiresAt: Date }>('StepUpToken').implement({
  authScopes: requires({ admin: true }),
  fields: (t) => ({
    stepUpToken: t.exposeString('stepUpToken', { description: 'One-time token for one action of this scope; pass it as `stepUpToken`.' }),
    scope: t.field({ type: StepUpScopeEnum, resolve: (grant) => grant.scope }),
    expiresAt: t.expose('expiresAt', { type: 'DateTime' }),
  }),
});

builder.mutationField('requestStepUp', (t) =>
  t.field({
    type: StepUpChallengeRef,
    authScopes: requires({ consented: true, admin: true }),
    description: 'Sends a fresh confirmation code to your own address for one sensitive action.',
    args: { scope: t.arg({ type: StepUpScopeEnum, required: true }) },
    resolve: (_root, args, context) => requestStepUp(context, args.scope),
  }),
);

builder.mutationField('confirmStepUp', (t) =>
  t.field({
    type: StepUpGrantRef,
    authScopes: requires({ consented: true, admin: true }),
    args: { challengeId: t.arg.id({ required: true }), code: t.arg.string({ required: true }) },
    resolve: (_root, args, context) => confirmStepUp(context, { challengeId: String(args.challengeId), code: args.code }),
  }),
);
