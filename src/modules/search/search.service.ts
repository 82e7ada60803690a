import type { AppContext } from '../../app/context.ts';
import { searchTypes } from '../../domain/vocabulary.ts';
import { searchMatches } from '../../db/dialect.ts';
import { searchTerms } from '../../lib/text.ts';

export { searchTypes };
export type SearchType = (typeof searchTypes)[number];

export interface SearchHit {
  type: SearchType;
  id: string;
  title: string;
  subtitle: string | null;
  rank: number;
}

/** Full-text search (FTS5 or tsvector) over the folded search documents, then the display names. */
export async function searchWorkspace(
  ctx: AppContext,
  workspaceId: string,
  query: string,
  types: SearchType[],
  limit: number,
): Promise<SearchHit[]> {
  const terms = searchTerms(query);
  if (terms.length === 0) return [];
  const db = ctx.db.kysely;
  const matches = await searchMatches(ctx.db, workspaceId, terms, types, limit);
  const idsOf = (type: SearchType) => matches.filter((m) => m.entityType === type).map((m) => m.entityId);
  const [people, organisations, themes] = await Promise.all([
    idsOf('person').length
      ? db.selectFrom('people').select(['id', 'name as title', 'jobTitle as subtitle']).where('id', 'in', idsOf('person')).execute()
      : [],
    idsOf('organisation').length
      ? db
          .selectFrom('organisations')
          .select(['id', 'name as title', 'kind as subtitle'])
          .where('id', 'in', idsOf('organisation'))
          .execute()
      : [],
    idsOf('theme').length
      ? db.selectFrom('themes').select(['id', 'title', 'kind as subtitle']).where('id', 'in', idsOf('theme')).execute()
      : [],
  ]);
  const names = new Map<string, { title: string; subtitle: string | null }>([...people, ...organisations, ...themes].map((r) => [r.id, r]));
  return matches.flatMap((m) => {
    const found = names.get(m.entityId);
    return found
      ? [{ type: m.entityType as SearchType, id: m.entityId, title: found.title, subtitle: found.subtitle, rank: Number(m.rank) }]
      : [];
  });
}
