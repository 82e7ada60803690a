import type { AppContext } from '../../app/context.ts';
import { badRequest, notFound, type ProblemDetail } from '../../http/errors.ts';
import type { WorkspaceActor } from '../../http/route.ts';
import { existingIds } from '../method/reference-check.ts';
import { chunks } from '../../lib/chunks.ts';
import { scoresOf } from './assessment.repository.ts';
import * as repo from './comparison.repository.ts';
import type { Comparison, ComparisonQuery } from './comparison.schema.ts';
import { contentOf, findModel } from './maturity-model.repository.ts';

type Point = NonNullable<Comparison['organisations'][number]['latest']>;

const round2 = (n: number) => Math.round(n * 100) / 100;
const mean = (values: number[]) => (values.length === 0 ? null : round2(values.reduce((a, b) => a + b, 0) / values.length));

/** Query references of the same workspace; every broken one named at once. */
async function checkQuery(ctx: AppContext, workspaceId: string, query: ComparisonQuery): Promise<void> {
  const problems: ProblemDetail[] = [];
  if (query.themeId && (await existingIds(ctx.db.kysely, 'themes', workspaceId, [query.themeId])).size === 0) {
    problems.push({ in: 'query', location: { name: 'themeId' }, code: 'not_found', detail: 'No theme with this id in this workspace.' });
  }
  if (query.organisationIds) {
    const found = await existingIds(ctx.db.kysely, 'organisations', workspaceId, [...new Set(query.organisationIds)]);
    const missing = query.organisationIds.filter((id) => !found.has(id));
    if (missing.length > 0) {
      problems.push({
        in: 'query',
        location: { name: 'organisationIds' },
        code: 'not_found',
        detail: `No organisation in this workspace with id ${missing.join(', ')}.`,
      });
    }
  }
  if (problems.length > 0)
    throw badRequest(problems.length === 1 ? (problems[0]?.detail ?? '') : `${problems.length} problems in the request.`, problems);
}

/**
 * The regional comparison on one model: per organisation its latest assessment and its
 * trend, scores aligned with the model's dimensions, and per dimension the spread of the
 * latest scores.
 */
export async function compare(ctx: AppContext, actor: WorkspaceActor, modelId: string, query: ComparisonQuery): Promise<Comparison> {
  const db = ctx.db.kysely;
  const model = await findModel(db, actor.workspaceId, modelId);
  if (!model) throw notFound('Maturity model');
  await checkQuery(ctx, actor.workspaceId, query);
  const { levels, dimensions } = contentOf(model);
  const filtered = query.themeId !== undefined || query.organisationIds !== undefined;
  const organisations = filtered
    ? await repo.organisationsToCompare(db, actor.workspaceId, { ids: query.organisationIds, themeId: query.themeId })
    : await repo.assessedOrganisations(db, modelId);
  const assessments = await repo.assessmentsOn(db, modelId, filtered ? organisations.map((o) => o.id) : undefined, query.asOf);
  const scores = new Map<string, { dimensionKey: string; score: number }[]>();
  for (const chunk of chunks(
    assessments.map((a) => a.id),
    500,
  )) {
    for (const [id, list] of await scoresOf(db, chunk)) scores.set(id, list);
  }

  const trends = new Map<string, Point[]>(organisations.map((o) => [o.id, []]));
  for (const a of assessments) {
    const byKey = new Map((scores.get(a.id) ?? []).map((s) => [s.dimensionKey, s.score]));
    const aligned = dimensions.map((d) => byKey.get(d.key) ?? null);
    trends
      .get(a.organisationId)
      ?.push({ assessmentId: a.id, assessedOn: a.assessedOn, scores: aligned, average: mean([...byKey.values()]) });
  }
  const rows = organisations.map((o) => {
    const trend = trends.get(o.id) ?? [];
    return { organisationId: o.id, organisationName: o.name, latest: trend[trend.length - 1] ?? null, trend };
  });
  const summary = dimensions.map((d, index) => {
    const latest = rows.flatMap((r) => (r.latest?.scores[index] != null ? [r.latest.scores[index]] : []));
    return {
      dimensionKey: d.key,
      assessed: latest.length,
      min: latest.length ? Math.min(...latest) : null,
      max: latest.length ? Math.max(...latest) : null,
      mean: mean(latest),
    };
  });
  return {
    modelId,
    levelCount: levels.length,
    dimensions: dimensions.map((d) => ({ key: d.key, name: d.name })),
    organisations: rows,
    summary,
  };
}
