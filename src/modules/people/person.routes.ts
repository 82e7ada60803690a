import type { AppContext } from '../../app/context.ts';
import { crudRoutes } from '../../http/crud-routes.ts';
import { toJsonPage } from '../../db/keyset.ts';
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
    memberReads: {
      list: async (reader, query, request) => {
        // Each person's record is stored as the JSON the API shows (person-lists.repository.ts).
        return toJsonPage(await repo.listPeopleAsJson(ctx.db.kysely, reader.workspaceId, query, reader.check), query.limit, request);
      },
      get: (reader, id) => service.getPerson(ctx, reader.workspaceId, id, reader.check),
    },
    create: (actor, body) => service.createPerson(ctx, actor, body),
    update: (actor, id, expected, body) => service.updatePerson(ctx, actor, id, expected, body),
    remove: (actor, id) => service.deletePerson(ctx, actor, id),
  });
}
