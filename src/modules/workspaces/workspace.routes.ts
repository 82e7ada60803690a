import { z } from 'zod';
import type { AppContext } from '../../app/context.ts';
import { expectedVersion, sendEtag } from '../../http/etag.ts';
import { defineRoute } from '../../http/route.ts';
import { workspaceParams } from '../../http/schemas.ts';
import { createWorkspaceBody, updateWorkspaceBody, workspaceSchema } from './workspace.schema.ts';
import * as service from './workspace.service.ts';
import { listWorkspacesOf } from './workspace.repository.ts';

const tag = 'workspaces';

/** Workspaces: list mine, create, read, rename, delete. */
export function workspaceRoutes(ctx: AppContext) {
  return [
    defineRoute({
      method: 'GET',
      url: '/api/v1/workspaces',
      operationId: 'listWorkspaces',
      summary: 'The workspaces I am a member of.',
      tag,
      access: 'user',
      success: { status: 200, description: 'My workspaces.', schema: z.object({ data: z.array(workspaceSchema), links: z.object({}) }) },
      handler: async ({ actor }) => ({ data: await listWorkspacesOf(ctx.db.kysely, actor.userId), links: {} }),
    }),
    defineRoute({
      method: 'POST',
      url: '/api/v1/workspaces',
      operationId: 'createWorkspace',
      summary: 'Create a workspace; I become its owner.',
      tag,
      access: 'user',
      body: createWorkspaceBody,
      success: { status: 201, description: 'The new workspace.', schema: workspaceSchema, etag: true },
      handler: async ({ actor, body, reply }) => {
        const workspace = await service.createWorkspace(ctx, actor, body);
        sendEtag(reply, workspace);
        reply.header('Location', `/api/v1/workspaces/${workspace.id}`);
        return workspace;
      },
    }),
    defineRoute({
      method: 'GET',
      url: '/api/v1/workspaces/:workspaceId',
      operationId: 'getWorkspace',
      summary: 'One workspace.',
      tag,
      access: { workspace: 'viewer' },
      params: workspaceParams,
      success: { status: 200, description: 'The workspace.', schema: workspaceSchema, etag: true },
      handler: async ({ actor, reply }) => {
        const workspace = await service.getWorkspace(ctx, actor.workspaceId, actor.userId);
        sendEtag(reply, workspace);
        return workspace;
      },
    }),
    defineRoute({
      method: 'PATCH',
      url: '/api/v1/workspaces/:workspaceId',
      operationId: 'updateWorkspace',
      summary: 'Rename or describe a workspace (owner).',
      tag,
      access: { workspace: 'owner' },
      params: workspaceParams,
      body: updateWorkspaceBody,
      success: { status: 200, description: 'The workspace.', schema: workspaceSchema, etag: true },
      handler: async ({ actor, body, request, reply }) => {
        const workspace = await service.updateWorkspace(ctx, actor, expectedVersion(request), body);
        sendEtag(reply, workspace);
        return workspace;
      },
    }),
    defineRoute({
      method: 'DELETE',
      url: '/api/v1/workspaces/:workspaceId',
      operationId: 'deleteWorkspace',
      summary: 'Delete a workspace and everything in it (owner).',
      tag,
      access: { workspace: 'owner' },
      params: workspaceParams,
      success: { status: 204, description: 'Deleted.' },
      handler: async ({ actor }) => service.deleteWorkspace(ctx, actor),
    }),
  ];
}
