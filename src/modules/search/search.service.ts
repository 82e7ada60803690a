import type { AppContext } from '../../app/context.ts';
import type { Precondition } from '../../db/precondition.ts';
import { searchTypes } from '../../domain/vocabulary.ts';
import { searchMatches, type SearchMatch } from '../../db/search-match.ts';
import { displayNameColumns, type DisplayName } from './search-document.repository.ts';
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

/** Full-text search (FTS5 or tsvector) over the folded search documents, with the display names in the same query. */
export async function searchWorkspace(
  ctx: AppContext,
  workspaceId: string,
  query: string,
  types: SearchType[],
  limit: number,
  precondition?: Precondition,
): Promise<SearchHit[]> {
  const terms = searchTerms(query);
  if (terms.length === 0) return [];
  const matches = await searchMatches<SearchMatch & DisplayName>(
    ctx.db,
    workspaceId,
    terms,
    types,
    limit,
    displayNameColumns,
    precondition,
  );
  // A match whose record is gone (null title) is left out.
  return matches.flatMap((m) =>
    m.title === null
      ? []
      : [{ type: m.entityType as SearchType, id: m.entityId, title: m.title, subtitle: m.subtitle, rank: Number(m.rank) }],
  );
}
