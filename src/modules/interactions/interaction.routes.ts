import type { FastifyRequest } from 'fastify';
import type { AppContext } from '../../app/context.ts';
import { toPage } from '../../db/keyset.ts';
import { crudRoutes } from '../../http/crud-routes.ts';
import { expectedVersion, sendEtag } from '../../http/etag.ts';
import { defineRoute } from '../../http/route.ts';
import * as repo from './interaction.repository.ts';
import {
  createInteractionBody,
  interactionPage,
  interactionSchema,
  listInteractionsQuery,
  participantParams,
  putParticipantBody,
  updateInteractionBody,
} from './interaction.schema.ts';
import * as service from './interaction.service.ts';

const tag = 'interactions';
const participantUrl = '/api/v1/workspaces/:workspaceId/interactions/:interactionId/participants/:personId';

/** If-Match is honoured when sent: attendance is recorded one person at a time, often by several people at once. */
const optionalVersion = (request: FastifyRequest) => (request.headers['if-match'] === undefined ? undefined : expectedVersion(request));

/** Interactions (meetings, sessions, calls …) with participants, and attendance per participant. */
export function interactionRoutes(ctx: AppContext) {
  return [
    ...crudRoutes({
      tag,
      collection: 'interactions',
      idParam: 'interactionId',
      singular: 'Interaction',
      plural: 'Interactions',
      schema: interactionSchema,
      page: interactionPage,
      listQuery: listInteractionsQuery,
      createBody: createInteractionBody,
      updateBody: updateInteractionBody,
      list: async (actor, query, request) => {
        const rows = await repo.listInteractions(ctx.db.kysely, actor.workspaceId, query);
        const page = toPage(
          rows,
          query.limit,
          request,
          (row) => repo.interactionCursor(row, query.sort),
          (row) => row,
        );
        return { ...page, data: await repo.presentInteractions(ctx.db.kysely, page.data, actor.userId) };
      },
      get: (actor, id) => service.getInteraction(ctx, actor, id),
      create: (actor, body) => service.createInteraction(ctx, actor, body),
      update: (actor, id, expected, body) => service.updateInteraction(ctx, actor, id, expected, body),
      remove: (actor, id) => service.deleteInteraction(ctx, actor, id),
    }),
    defineRoute({
      method: 'PUT',
      url: participantUrl,
      operationId: 'putInteractionParticipant',
      summary: "Record a participant's attendance (invited, attended, absent), adding them when not yet listed.",
      tag,
      access: { workspace: 'editor' },
      params: participantParams,
      body: putParticipantBody,
      success: { status: 200, description: 'The interaction as changed.', schema: interactionSchema, etag: true },
      errors: [412],
      handler: async ({ actor, params, body, request, reply }) => {
        const interaction = await service.setAttendance(
          ctx,
          actor,
          params.interactionId,
          params.personId,
          body.attendance,
          optionalVersion(request),
        );
        sendEtag(reply, interaction);
        return interaction;
      },
    }),
    defineRoute({
      method: 'DELETE',
      url: participantUrl,
      operationId: 'deleteInteractionParticipant',
      summary: 'Take a person off the participants of an interaction.',
      tag,
      access: { workspace: 'editor' },
      params: participantParams,
      success: { status: 204, description: 'Removed.' },
      errors: [412],
      handler: async ({ actor, params, request }) =>
        service.removeParticipant(ctx, actor, params.interactionId, params.personId, optionalVersion(request)),
    }),
  ];
}
