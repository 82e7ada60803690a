import type { AppContext } from '../../app/context.ts';
import { crudRoutes } from '../../http/crud-routes.ts';
import { toJsonPage, toPage } from '../../db/keyset.ts';
import { databaseWritesJson } from '../../db/json-record.ts';
import * as repo from './person.repository.ts';
import { createPersonBody, listPeopleQuery, personPage, personSchema, updatePersonBody } from './person.schema.ts';
import * as service from './person.service.ts';

/** People, with their affiliations and tags. */
export function personRoutes(ctx: AppContext) {
  return crudRoutes({
    tag: 'people',
    collection: 'people',
    idParam: 'personId',
    singular: 'Person',
    plural: 'People',
    schema: personSchema,
    page: personPage,
    listQuery: listPeopleQuery,
    createBody: createPersonBody,
    updateBody: updatePersonBody,
    writeErrors: [409],
    list: async (actor, query, request) => {
      if (databaseWritesJson(ctx.db.kysely))
        return toJsonPage(await repo.listPeopleAsJson(ctx.db.kysely, actor.workspaceId, query), query.limit, request);
      const rows = await repo.listPeople(ctx.db.kysely, actor.workspaceId, query);
      return toPage(rows, query.limit, request, (row) => repo.personCursor(row, query.sort), service.presentPerson);
    },
    get: (actor, id) => service.getPerson(ctx, actor.workspaceId, id),
    create: (actor, body) => service.createPerson(ctx, actor, body),
    update: (actor, id, expected, body) => service.updatePerson(ctx, actor, id, expected, body),
    remove: (actor, id) => service.deletePerson(ctx, actor, id),
  });
}
