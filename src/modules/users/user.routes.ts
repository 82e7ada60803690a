import type { AppContext } from '../../app/context.ts';
import { notFound } from '../../http/errors.ts';
import { defineRoute } from '../../http/route.ts';
import { nowIso } from '../../lib/clock.ts';
import { recordAudit } from '../audit/audit.repository.ts';
import { findUserById, presentUser, updateUser } from './user.repository.ts';
import { createUserBody, updateMeBody, userSchema } from './user.schema.ts';
import { createUser } from './user.service.ts';

/** My profile, and accounts created by an administrator. */
export function userRoutes(ctx: AppContext) {
  return [
    defineRoute({
      method: 'PATCH',
      url: '/api/v1/users/me',
      operationId: 'updateMe',
      summary: 'Change my name or language.',
      tag: 'users',
      access: 'user',
      body: updateMeBody,
      success: { status: 200, description: 'My account.', schema: userSchema },
      handler: async ({ actor, body }) => {
        await ctx.db.kysely.transaction().execute(async (trx) => {
          await updateUser(trx, actor.userId, { ...body, updatedAt: nowIso() });
          await recordAudit(trx, {
            workspaceId: null,
            actorId: actor.userId,
            action: 'update',
            subjectType: 'user',
            subjectId: actor.userId,
            ip: actor.ip,
          });
        });
        const user = await findUserById(ctx.db.kysely, actor.userId);
        if (!user) throw notFound('User');
        return presentUser(user);
      },
    }),
    defineRoute({
      method: 'POST',
      url: '/api/v1/users',
      operationId: 'createUser',
      summary: 'Create an account (instance administrators only).',
      tag: 'users',
      access: 'admin',
      body: createUserBody,
      success: { status: 201, description: 'The new account.', schema: userSchema },
      errors: [409],
      handler: async ({ actor, body }) => createUser(ctx, body, actor.userId),
    }),
  ];
}
