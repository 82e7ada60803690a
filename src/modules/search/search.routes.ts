import { z } from 'zod';
import type { AppContext } from '../../app/context.ts';
import { defineRoute } from '../../http/route.ts';
import { workspaceParams } from '../../http/schemas.ts';
import { searchTypes, searchWorkspace } from './search.service.ts';

const searchQuery = z.strictObject({
  q: z.string().trim().min(1, 'Type at least one letter.').max(200),
  types: z
    .string()
    .optional()
    .transform((value, ctx) => {
      const list = value === undefined || value === '' ? [...searchTypes] : value.split(',').map((t) => t.trim());
      const unknown = list.filter((t) => !(searchTypes as readonly string[]).includes(t));
      if (unknown.length > 0) {
        ctx.addIssue({ code: 'custom', message: `Unknown type(s): ${unknown.join(', ')}; use ${searchTypes.join(', ')}.` });
        return z.NEVER;
      }
      return list as (typeof searchTypes)[number][];
    })
    .describe(`Comma-separated: ${searchTypes.join(', ')} (default all).`),
  limit: z.coerce.number().int().min(1).max(50).default(10),
});

const searchHit = z
  .object({
    type: z.enum(searchTypes),
    id: z.uuid(),
    title: z.string(),
    subtitle: z.string().nullable(),
    rank: z
      .number()
      .describe(
        'Lower is better: 0 the name begins with the query, 1 every term begins a word of the name, 2 some term is found only in the details.',
      ),
  })
  .meta({ id: 'SearchHit' });

/** Ranked search over people, organisations and themes. */
export function searchRoutes(ctx: AppContext) {
  return [
    defineRoute({
      method: 'GET',
      url: '/api/v1/workspaces/:workspaceId/search',
      operationId: 'search',
      summary: 'Search people, organisations and themes by name and details; ignores case and accents, matches word starts.',
      tag: 'search',
      access: { workspace: 'viewer', checkWithRead: true },
      params: workspaceParams,
      query: searchQuery,
      success: { status: 200, description: 'Best matches first.', schema: z.object({ data: z.array(searchHit) }) },
      handler: async ({ actor: reader, query }) => ({
        data: await searchWorkspace(ctx, reader.workspaceId, query.q, query.types, query.limit, reader.check),
      }),
    }),
  ];
}
