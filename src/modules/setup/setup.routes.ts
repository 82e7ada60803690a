import { z } from 'zod';
import type { AppContext } from '../../app/context.ts';
import { API_VERSION } from '../../app/version.ts';
import { defineRoute } from '../../http/route.ts';
import { line, uuid } from '../../http/schemas.ts';
import { loadDemoRegion } from '../../demo/load-demo.ts';
import { startSession } from '../sessions/session.service.ts';
import { email, password, userSchema } from '../users/user.schema.ts';
import { completeSetup, setupNeeded } from './setup.service.ts';

const setupBody = z.strictObject({
  token: z.string().min(1).max(200),
  name: line(120),
  email,
  password,
  loadDemo: z.boolean().default(false),
});

export const clientConfigSchema = z
  .object({
    themeClass: z.string(),
    themeStylesheet: z.string().nullable().describe('Stylesheet with the theme’s design tokens, when the server has one.'),
    version: z.string(),
    demoAvailable: z.boolean(),
    setupNeeded: z.boolean(),
  })
  .meta({ id: 'ClientConfig' });
export const setupStateSchema = z.object({ needed: z.boolean(), demoAvailable: z.boolean() }).meta({ id: 'SetupState' });

/** First run: is setup needed, create the first account; and the public client configuration. */
export function setupRoutes(ctx: AppContext) {
  return [
    defineRoute({
      method: 'GET',
      url: '/api/v1/config',
      operationId: 'getClientConfig',
      summary: 'Settings the web client needs before sign-in.',
      tag: 'setup',
      access: 'public',
      success: {
        status: 200,
        description: 'Client configuration.',
        schema: clientConfigSchema,
      },
      handler: async () => ({
        themeClass: ctx.config.themeClass,
        themeStylesheet: ctx.config.themeStylesheet ? '/theme.css' : null,
        version: API_VERSION,
        demoAvailable: ctx.config.offerDemo,
        setupNeeded: await setupNeeded(ctx),
      }),
    }),
    defineRoute({
      method: 'GET',
      url: '/api/v1/setup',
      operationId: 'getSetup',
      summary: 'Whether the first account still has to be created.',
      tag: 'setup',
      access: 'public',
      success: { status: 200, description: 'Setup state.', schema: setupStateSchema },
      handler: async () => ({ needed: await setupNeeded(ctx), demoAvailable: ctx.config.offerDemo }),
    }),
    defineRoute({
      method: 'POST',
      url: '/api/v1/setup',
      operationId: 'completeSetup',
      summary: 'Create the first administrator with the one-time setup token, optionally with the demo region.',
      tag: 'setup',
      access: 'public',
      body: setupBody,
      success: {
        status: 201,
        description: 'The administrator, signed in.',
        schema: z.object({ user: userSchema, workspaceId: uuid.optional() }),
      },
      errors: [403, 409],
      handler: async ({ body, reply, request }) => {
        const user = await completeSetup(ctx, body.token, { name: body.name, email: body.email, password: body.password });
        const workspaceId = body.loadDemo && ctx.config.offerDemo ? (await loadDemoRegion(ctx, user.id)).workspaceId : undefined;
        await startSession(ctx, reply, user.id, request.ip);
        return { user, ...(workspaceId ? { workspaceId } : {}) };
      },
    }),
  ];
}
