import { z } from 'zod';
import type { AppContext } from '../../app/context.ts';
import { expectedVersion, sendEtag } from '../../http/etag.ts';
import { defineRoute } from '../../http/route.ts';
import { workspaceParams } from '../../http/schemas.ts';
import { addMemberBody, memberParams, memberSchema, updateMemberBody, updateOwnMembershipBody } from './workspace.schema.ts';
import * as service from './workspace.service.ts';
import { listMembers } from './workspace.repository.ts';

const tag = 'members';

/** Members of a workspace: everyone may see them, owners manage them. */
export function memberRoutes(ctx: AppContext) {
  return [
    defineRoute({
      method: 'GET',
      url: '/api/v1/workspaces/:workspaceId/members',
      operationId: 'listMembers',
      summary: 'The members of a workspace and their roles.',
      tag,
      access: { workspace: 'viewer' },
      params: workspaceParams,
      success: { status: 200, description: 'Members.', schema: z.object({ data: z.array(memberSchema), links: z.object({}) }) },
      handler: async ({ actor }) => ({ data: await listMembers(ctx.db.kysely, actor.workspaceId), links: {} }),
    }),
    defineRoute({
      method: 'POST',
      url: '/api/v1/workspaces/:workspaceId/members',
      operationId: 'addMember',
      summary: 'Add an existing account as member (owner).',
      tag,
      access: { workspace: 'owner' },
      params: workspaceParams,
      body: addMemberBody,
      success: { status: 201, description: 'The new member.', schema: memberSchema, etag: true },
      errors: [409],
      handler: async ({ actor, body, reply }) => {
        const member = await service.addMember(ctx, actor, body.email, body.role);
        sendEtag(reply, member);
        return member;
      },
    }),
    defineRoute({
      method: 'GET',
      url: '/api/v1/workspaces/:workspaceId/members/me',
      operationId: 'getOwnMembership',
      summary: 'Your own membership, with the person you are in the network.',
      tag,
      access: { workspace: 'viewer' },
      params: workspaceParams,
      success: { status: 200, description: 'Your membership.', schema: memberSchema, etag: true },
      handler: async ({ actor, reply }) => {
        const member = await service.getMember(ctx, actor.workspaceId, actor.userId);
        sendEtag(reply, member);
        return member;
      },
    }),
    defineRoute({
      method: 'PATCH',
      url: '/api/v1/workspaces/:workspaceId/members/me',
      operationId: 'updateOwnMembership',
      summary: 'Say which person in the network you are; influence paths start there (any member).',
      tag,
      access: { workspace: 'viewer' },
      params: workspaceParams,
      body: updateOwnMembershipBody,
      success: { status: 200, description: 'Your membership.', schema: memberSchema, etag: true },
      errors: [409],
      handler: async ({ actor, body, request, reply }) => {
        const member = await service.setOwnPerson(ctx, actor, expectedVersion(request), body.personId);
        sendEtag(reply, member);
        return member;
      },
    }),
    defineRoute({
      method: 'GET',
      url: '/api/v1/workspaces/:workspaceId/members/:userId',
      operationId: 'getMember',
      summary: 'One member.',
      tag,
      access: { workspace: 'viewer' },
      params: memberParams,
      success: { status: 200, description: 'The member.', schema: memberSchema, etag: true },
      handler: async ({ actor, params, reply }) => {
        const member = await service.getMember(ctx, actor.workspaceId, params.userId);
        sendEtag(reply, member);
        return member;
      },
    }),
    defineRoute({
      method: 'PATCH',
      url: '/api/v1/workspaces/:workspaceId/members/:userId',
      operationId: 'updateMember',
      summary: "Change a member's role (owner).",
      tag,
      access: { workspace: 'owner' },
      params: memberParams,
      body: updateMemberBody,
      success: { status: 200, description: 'The member.', schema: memberSchema, etag: true },
      errors: [409],
      handler: async ({ actor, params, body, request, reply }) => {
        const member = await service.changeMemberRole(ctx, actor, params.userId, expectedVersion(request), body.role);
        sendEtag(reply, member);
        return member;
      },
    }),
    defineRoute({
      method: 'DELETE',
      url: '/api/v1/workspaces/:workspaceId/members/:userId',
      operationId: 'removeMember',
      summary: 'Remove a member (owner).',
      tag,
      access: { workspace: 'owner' },
      params: memberParams,
      success: { status: 204, description: 'Removed.' },
      errors: [409],
      handler: async ({ actor, params }) => service.removeMember(ctx, actor, params.userId),
    }),
  ];
}
