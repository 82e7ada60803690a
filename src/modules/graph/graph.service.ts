import type { Kysely } from 'kysely';
import type { AppContext } from '../../app/context.ts';
import type { Database } from '../../db/schema.ts';
import { notFound } from '../../http/errors.ts';
import { todayIso } from '../../lib/clock.ts';
import { assembleGraph, firstAffiliations, reachNeighbourhood, topLevelOrganisations, withUnits, type PartyNode } from './graph.builder.ts';
import * as repo from './graph.repository.ts';
import type { Graph, GraphQuery } from './graph.schema.ts';

type Executor = Kysely<Database>;
type OrganisationRow = Awaited<ReturnType<typeof repo.listOrganisationRows>>[number];

/**
 * The network picture: the whole workspace, or the neighbourhood of a centre, optionally
 * narrowed to a theme or an organisation with its units, and to relations of some types
 * or active on a date.
 */
export async function getGraph(ctx: AppContext, workspaceId: string, query: GraphQuery): Promise<Graph> {
  const db = ctx.db.kysely;
  const filter: repo.RelationFilter = { types: query.types, asOf: query.asOf };
  if (query.centre && !(await repo.isParty(db, workspaceId, query.centre))) throw notFound('The centre (a person or organisation)');
  const organisations = await repo.listOrganisationRows(db, workspaceId);
  const scope = await resolveScope(db, workspaceId, organisations, query);
  // "Current" affiliations (for each person's organisation) are those on the date looked at.
  const date = query.asOf ?? todayIso();

  if (query.centre) {
    const centre = query.centre;
    const fetch = (ids: string[], side: 'from' | 'to') => repo.listEdgesOf(db, workspaceId, ids, side, filter);
    const reached = await reachNeighbourhood(centre, query.depth, fetch, scope ? (id) => scope.has(id) : undefined);
    const nodes = await loadNodes(db, workspaceId, organisations, date, reached.nodeIds);
    return assembleGraph({ nodes, edges: reached.edges, limit: query.limit, keep: centre });
  }
  if (scope) {
    // Every relation inside the scope starts at one of its parties.
    const [edges, nodes] = await Promise.all([
      repo.listEdgesOf(db, workspaceId, [...scope], 'from', filter),
      loadNodes(db, workspaceId, organisations, date, scope),
    ]);
    return assembleGraph({ nodes, edges, limit: query.limit });
  }
  const [edges, nodes] = await Promise.all([repo.listEdges(db, workspaceId, filter), loadNodes(db, workspaceId, organisations, date)]);
  return assembleGraph({ nodes, edges, limit: query.limit });
}

/**
 * The parties a theme or organisation filter keeps (both: the theme's organisations within
 * the organisation), with the people affiliated with them; undefined when not filtered.
 */
async function resolveScope(
  db: Executor,
  workspaceId: string,
  organisations: OrganisationRow[],
  query: GraphQuery,
): Promise<Set<string> | undefined> {
  if (!query.themeId && !query.organisationId) return undefined;
  let kept: Set<string> | undefined;
  if (query.organisationId) {
    if (!organisations.some((o) => o.id === query.organisationId)) throw notFound('Organisation');
    kept = withUnits(organisations, [query.organisationId]);
  }
  if (query.themeId) {
    const linked = await repo.findThemeOrganisationIds(db, workspaceId, query.themeId);
    if (!linked) throw notFound('Theme');
    const within = kept;
    kept = new Set(within ? linked.filter((id) => within.has(id)) : linked);
  }
  const organisationIds = [...(kept ?? [])];
  const people = await repo.listAffiliatedPersonIds(db, workspaceId, organisationIds, query.asOf);
  return new Set([...organisationIds, ...people]);
}

/** Nodes for all parties of the workspace, or for those among `ids`: organisations first, then people. */
async function loadNodes(
  db: Executor,
  workspaceId: string,
  organisations: OrganisationRow[],
  date: string,
  ids?: Set<string>,
): Promise<PartyNode[]> {
  const topLevel = topLevelOrganisations(organisations);
  const nodes: PartyNode[] = [];
  for (const o of organisations) {
    if (ids && !ids.has(o.id)) continue;
    nodes.push({ id: o.id, type: 'organisation', label: o.name, kind: o.kind, organisationId: topLevel.get(o.id) ?? o.id });
  }
  const personIds = ids ? [...ids].filter((id) => !topLevel.has(id)) : undefined;
  if (personIds?.length === 0) return nodes;
  const [people, affiliations] = await Promise.all([
    repo.listPersonRows(db, workspaceId, personIds),
    repo.listActiveAffiliations(db, workspaceId, date, personIds),
  ]);
  const organisationOf = firstAffiliations(affiliations);
  for (const p of people) {
    // Grouped like units: by the top-level organisation, so a team member shares its municipality's colour.
    const affiliated = organisationOf.get(p.id);
    const organisationId = affiliated === undefined ? null : (topLevel.get(affiliated) ?? affiliated);
    nodes.push({ id: p.id, type: 'person', label: p.name, kind: null, organisationId });
  }
  return nodes;
}
