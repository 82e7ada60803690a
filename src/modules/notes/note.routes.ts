import type { AppContext } from '../../app/context.ts';
import { toPage } from '../../db/keyset.ts';
import { crudRoutes } from '../../http/crud-routes.ts';
import * as repo from './note.repository.ts';
import { createNoteBody, listNotesQuery, notePage, noteSchema, updateNoteBody } from './note.schema.ts';
import * as service from './note.service.ts';

/** Notes on people, organisations, relations and themes; private ones only for their author. */
export function noteRoutes(ctx: AppContext) {
  return crudRoutes({
    tag: 'notes',
    collection: 'notes',
    idParam: 'noteId',
    singular: 'Note',
    plural: 'Notes',
    schema: noteSchema,
    page: notePage,
    listQuery: listNotesQuery,
    createBody: createNoteBody,
    updateBody: updateNoteBody,
    list: async (actor, query, request) => {
      const rows = await repo.listVisibleNotes(ctx.db.kysely, actor.workspaceId, actor.userId, query);
      return toPage(rows, query.limit, request, repo.noteCursor, repo.presentNote);
    },
    get: (actor, id) => service.getNote(ctx, actor, id),
    create: (actor, body) => service.createNote(ctx, actor, body),
    update: (actor, id, expected, body) => service.updateNote(ctx, actor, id, expected, body),
    remove: (actor, id) => service.deleteNote(ctx, actor, id),
  });
}
