/** The story of a theme: its timeline, the network's growth and the composed report. */
import type { AppContext } from '../../app/context.ts';
import { notFound } from '../../http/errors.ts';
import type { WorkspaceActor } from '../../http/route.ts';
import { existingIds } from '../method/reference-check.ts';
import { compare } from '../maturity/comparison.service.ts';
import { DEFAULT_MODEL_KEY, defaultModel } from '../maturity/default-model.ts';
import { getGrid } from '../stakeholder-assessments/stakeholder-assessment.service.ts';
import { getTheme } from '../themes/theme.service.ts';
import { composeStory, type StoryInput } from './compose-story.ts';
import type { StoryDocument, StoryLanguage } from './story-document.ts';
import { cumulativeGrowth } from './network-growth.ts';
import * as repo from './story.repository.ts';
import type { GrowthPoint, TimelineEvent } from './story.schema.ts';

/** Every dated event of the theme, oldest first; 404 for a theme outside the workspace. */
export async function themeTimeline(ctx: AppContext, workspaceId: string, themeId: string): Promise<TimelineEvent[]> {
  if (!(await existingIds(ctx.db.kysely, 'themes', workspaceId, [themeId])).has(themeId)) throw notFound('Theme');
  return sortEvents(await repo.themeEvents(ctx.db.kysely, workspaceId, themeId));
}

function sortEvents(events: TimelineEvent[]): TimelineEvent[] {
  return events.sort((a, b) => a.date.localeCompare(b.date) || a.kind.localeCompare(b.kind) || a.title.localeCompare(b.title));
}

/** The network's size at the end of every year, from its first dated member to its last. */
export async function networkGrowth(ctx: AppContext, workspaceId: string): Promise<GrowthPoint[]> {
  return cumulativeGrowth(await repo.growthPerYear(ctx.db.kysely, ctx.db.dialect, workspaceId));
}

/** "Het verhaal" of a theme in the given language. */
export async function themeStory(ctx: AppContext, actor: WorkspaceActor, themeId: string, language: StoryLanguage): Promise<StoryDocument> {
  const db = ctx.db.kysely;
  const { workspaceId } = actor;
  const theme = await getTheme(ctx, workspaceId, themeId);
  const [events, growth, initiatives, groups, decisions, grid, owners, organisations, maturity] = await Promise.all([
    repo.themeEvents(db, workspaceId, themeId),
    networkGrowth(ctx, workspaceId),
    repo.themeInitiatives(db, workspaceId, themeId),
    repo.themeGroups(db, workspaceId, themeId),
    repo.themeDecisions(db, workspaceId, themeId),
    getGrid(ctx, workspaceId, themeId, {}),
    repo.namesOf(db, 'people', workspaceId, theme.ownerId ? [theme.ownerId] : []),
    repo.namesOf(db, 'organisations', workspaceId, theme.organisationIds),
    maturityOfTheme(ctx, actor, themeId, language),
  ]);
  return composeStory({
    language,
    generatedAt: new Date().toISOString(),
    theme: {
      title: theme.title,
      status: theme.status,
      description: theme.description,
      horizon: theme.horizon,
      ownerName: theme.ownerId ? (owners.get(theme.ownerId) ?? null) : null,
      organisationNames: theme.organisationIds.map((id) => organisations.get(id)).filter((name): name is string => name !== undefined),
    },
    events: sortEvents(events),
    growth,
    initiatives,
    groups: groups.map((g) => ({ name: g.name, memberCount: Number(g.memberCount ?? 0) })),
    stakeholders: grid.data.map((s) => ({ name: s.partyName, quadrant: s.quadrant, attitude: s.attitude })),
    decisions,
    maturity,
  });
}

/** The latest scores of the theme's assessed organisations on the built-in model, dimensions named in the story's language. */
async function maturityOfTheme(
  ctx: AppContext,
  actor: WorkspaceActor,
  themeId: string,
  language: StoryLanguage,
): Promise<StoryInput['maturity']> {
  const modelId = await repo.builtInModelId(ctx.db.kysely, actor.workspaceId, DEFAULT_MODEL_KEY);
  if (!modelId) return null;
  const comparison = await compare(ctx, actor, modelId, { themeId });
  const names = new Map(defaultModel[language].dimensions.map((d) => [d.key, d.name]));
  const assessed = comparison.organisations.filter((o) => o.latest !== null);
  return {
    modelName: defaultModel[language].name,
    dimensions: comparison.dimensions.map((d) => names.get(d.key) ?? d.name),
    levels: comparison.levelCount,
    organisations: assessed.map((o) => ({ name: o.organisationName, scores: o.latest!.scores })),
  };
}
