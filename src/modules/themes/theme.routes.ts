import type { AppContext } from '../../app/context.ts';
import { toPage } from '../../db/keyset.ts';
import { crudRoutes } from '../../http/crud-routes.ts';
import * as repo from './theme.repository.ts';
import { createThemeBody, listThemesQuery, themePage, themeSchema, updateThemeBody } from './theme.schema.ts';
import * as service from './theme.service.ts';

/** Themes: the agenda items a workspace works on, with their linked organisations. */
export function themeRoutes(ctx: AppContext) {
  return crudRoutes({
    tag: 'themes',
    collection: 'themes',
    idParam: 'themeId',
    singular: 'Theme',
    plural: 'Themes',
    schema: themeSchema,
    page: themePage,
    listQuery: listThemesQuery,
    createBody: createThemeBody,
    updateBody: updateThemeBody,
    list: async (actor, query, request) => {
      const rows = await repo.listThemes(ctx.db.kysely, actor.workspaceId, query);
      const page = toPage(
        rows,
        query.limit,
        request,
        (row) => repo.themeCursor(row, query.sort),
        (row) => row,
      );
      return { ...page, data: await repo.presentThemes(ctx.db.kysely, page.data) };
    },
    get: (actor, id) => service.getTheme(ctx, actor.workspaceId, id),
    create: (actor, body) => service.createTheme(ctx, actor, body),
    update: (actor, id, expected, body) => service.updateTheme(ctx, actor, id, expected, body),
    remove: (actor, id) => service.deleteTheme(ctx, actor, id),
  });
}
