import { z } from 'zod';
import type { AppContext } from '../../app/context.ts';
import { notFound } from '../../http/errors.ts';
import { defineRoute } from '../../http/route.ts';
import { isoDate, line, timestamp, uuid } from '../../http/schemas.ts';
import { deleteToken, listTokens } from './token.repository.ts';
import { createApiToken } from './token.service.ts';

export const tokenSchema = z
  .object({ id: uuid, name: z.string(), createdAt: timestamp, lastUsedAt: timestamp.nullable(), expiresAt: timestamp.nullable() })
  .meta({ id: 'ApiToken' });

export const newTokenSchema = tokenSchema
  .extend({ token: z.string().describe('Send as Authorization: Bearer <token>.') })
  .meta({ id: 'NewApiToken' });

/** The signed-in user's API tokens for scripts. */
export function tokenRoutes(ctx: AppContext) {
  return [
    defineRoute({
      method: 'GET',
      url: '/api/v1/tokens',
      operationId: 'listTokens',
      summary: 'My API tokens (without their secrets).',
      tag: 'tokens',
      access: 'user',
      success: { status: 200, description: 'Tokens.', schema: z.object({ data: z.array(tokenSchema) }) },
      handler: async ({ actor }) => ({ data: await listTokens(ctx.db.kysely, actor.userId) }),
    }),
    defineRoute({
      method: 'POST',
      url: '/api/v1/tokens',
      operationId: 'createToken',
      summary: 'Create an API token; its secret is shown only in this answer.',
      tag: 'tokens',
      access: 'user',
      body: z.strictObject({ name: line(100), expiresOn: isoDate.nullable().optional() }),
      success: {
        status: 201,
        description: 'The new token with its secret.',
        schema: newTokenSchema,
      },
      handler: async ({ actor, body }) => createApiToken(ctx, actor.userId, body.name, body.expiresOn ?? null, actor.ip),
    }),
    defineRoute({
      method: 'DELETE',
      url: '/api/v1/tokens/:tokenId',
      operationId: 'deleteToken',
      summary: 'Revoke one of my API tokens.',
      tag: 'tokens',
      access: 'user',
      params: z.strictObject({ tokenId: uuid }),
      success: { status: 204, description: 'Revoked.' },
      handler: async ({ actor, params }) => {
        if (!(await deleteToken(ctx.db.kysely, actor.userId, params.tokenId))) throw notFound('Token');
      },
    }),
  ];
}
