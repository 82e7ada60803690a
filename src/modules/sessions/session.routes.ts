import { z } from 'zod';
import type { AppContext } from '../../app/context.ts';
import { defineRoute } from '../../http/route.ts';
import { SESSION_COOKIE } from '../access/authenticate.ts';
import { findUserById, presentUser } from '../users/user.repository.ts';
import { email, userSchema } from '../users/user.schema.ts';
import { listMemberships } from '../workspaces/membership.repository.ts';
import { roles } from '../access/roles.ts';
import { unauthenticated } from '../../http/errors.ts';
import { checkCredentials, endSession, startSession } from './session.service.ts';

const loginBody = z.strictObject({ email, password: z.string().min(1, 'Must not be empty.').max(256) });

export const currentSession = z
  .object({
    user: userSchema,
    memberships: z.array(z.object({ workspaceId: z.uuid(), workspaceName: z.string(), role: z.enum(roles) })),
  })
  .meta({ id: 'CurrentSession' });

/** Sign in, who am I, sign out. */
export function sessionRoutes(ctx: AppContext) {
  const logout = (url: string, operationId: string) =>
    defineRoute({
      method: 'DELETE',
      url,
      operationId,
      summary: 'Sign out: end the session of this browser.',
      tag: 'sessions',
      access: 'public',
      success: { status: 204, description: 'Signed out.' },
      handler: async ({ request, reply, actor }) => {
        await endSession(ctx, reply, request.cookies[SESSION_COOKIE], actor?.userId ?? null, request.ip);
      },
    });

  return [
    defineRoute({
      method: 'POST',
      url: '/api/v1/sessions',
      operationId: 'createSession',
      summary: 'Sign in with e-mail and password; sets the session cookie.',
      tag: 'sessions',
      access: 'public',
      body: loginBody,
      success: { status: 201, schema: z.object({ user: userSchema }), description: 'Signed in.' },
      errors: [401, 429],
      handler: async ({ body, reply, request }) => {
        const user = await checkCredentials(ctx, body.email, body.password);
        await startSession(ctx, reply, user.id, request.ip);
        return { user };
      },
    }),
    defineRoute({
      method: 'GET',
      url: '/api/v1/sessions/current',
      operationId: 'getCurrentSession',
      summary: 'The signed-in user and their workspaces.',
      tag: 'sessions',
      access: 'user',
      success: { status: 200, schema: currentSession, description: 'The current user.' },
      handler: async ({ actor }) => {
        const user = await findUserById(ctx.db.kysely, actor.userId);
        if (!user) throw unauthenticated();
        return { user: presentUser(user), memberships: await listMemberships(ctx.db.kysely, actor.userId) };
      },
    }),
    logout('/api/v1/sessions/current', 'deleteCurrentSession'),
    logout('/api/v1/sessions', 'deleteSession'),
  ];
}
