import type { Kysely, Selectable } from 'kysely';
import type { Database, MaturityModelTable } from '../../db/schema.ts';
import { applyKeyset, parseSort } from '../../db/keyset.ts';
import { updateIfVersion } from '../../db/versioned-update.ts';
import { nowIso } from '../../lib/clock.ts';
import { newId } from '../../lib/ids.ts';
import { fold } from '../../lib/text.ts';
import { DEFAULT_MODEL_KEY, defaultModel, defaultModelLicence, defaultModelSource, type ModelTexts } from './default-model.ts';
import type { ListMaturityModelsQuery, MaturityModel } from './maturity-model.schema.ts';

type Executor = Kysely<Database>;
export type MaturityModelRow = Selectable<MaturityModelTable>;

export const modelSortColumns = { name: 'sortName', createdAt: 'createdAt' } as const;

/** A model's levels and dimensions as stored (JSON text in the row). */
export function contentOf(row: MaturityModelRow): Pick<ModelTexts, 'levels' | 'dimensions'> {
  if (row.builtIn === DEFAULT_MODEL_KEY) return defaultModel.nl;
  return { levels: JSON.parse(row.levels) as ModelTexts['levels'], dimensions: JSON.parse(row.dimensions) as ModelTexts['dimensions'] };
}

/** Every field a model exposes; the built-in model's texts come from the code, in Dutch and English. */
export function presentModel(row: MaturityModelRow): MaturityModel {
  const builtIn = row.builtIn === DEFAULT_MODEL_KEY;
  const { levels, dimensions } = contentOf(row);
  return {
    id: row.id,
    workspaceId: row.workspaceId,
    name: builtIn ? defaultModel.nl.name : row.name,
    description: builtIn ? defaultModel.nl.description : row.description,
    source: builtIn ? defaultModelSource : row.source,
    licence: builtIn ? defaultModelLicence : row.licence,
    builtIn: row.builtIn,
    levels: levels.map((level, index) => ({ level: index + 1, name: level.name, description: level.description ?? null })),
    dimensions: dimensions.map((d) => ({
      key: d.key,
      name: d.name,
      description: d.description ?? null,
      levelDescriptions: d.levelDescriptions,
    })),
    translations: builtIn ? { en: defaultModel.en } : {},
    version: row.version,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  };
}

/** The default model's row for a workspace, written on first use (and again if ever removed). */
export async function ensureDefaultModel(db: Executor, workspaceId: string): Promise<void> {
  const existing = await db
    .selectFrom('maturityModels')
    .select('id')
    .where('workspaceId', '=', workspaceId)
    .where('builtIn', '=', DEFAULT_MODEL_KEY)
    .executeTakeFirst();
  if (existing) return;
  const now = nowIso();
  const { name, description, levels, dimensions } = defaultModel.nl;
  await db
    .insertInto('maturityModels')
    .values({
      id: newId(),
      workspaceId,
      name,
      sortName: fold(name),
      description,
      source: defaultModelSource,
      licence: defaultModelLicence,
      builtIn: DEFAULT_MODEL_KEY,
      levels: JSON.stringify(levels),
      dimensions: JSON.stringify(dimensions),
      version: 1,
      createdAt: now,
      updatedAt: now,
    })
    .onConflict((oc) => oc.doNothing())
    .execute();
}

export function findModel(db: Executor, workspaceId: string, id: string) {
  return db.selectFrom('maturityModels').selectAll().where('workspaceId', '=', workspaceId).where('id', '=', id).executeTakeFirst();
}

export function listModels(db: Executor, workspaceId: string, query: ListMaturityModelsQuery) {
  const { field, descending } = parseSort(query.sort);
  const qb = db.selectFrom('maturityModels').selectAll().where('workspaceId', '=', workspaceId);
  return applyKeyset(qb, {
    sortColumn: `maturityModels.${modelSortColumns[field]}`,
    idColumn: 'maturityModels.id',
    descending,
    cursor: query.cursor,
    limit: query.limit,
  }).execute();
}

export async function insertModel(db: Executor, row: MaturityModelRow): Promise<void> {
  await db.insertInto('maturityModels').values(row).execute();
}

/** Updates when the version still matches; returns whether the row changed. */
export const updateModel = (db: Executor, id: string, version: number, changes: Partial<MaturityModelRow>) =>
  updateIfVersion(db, 'maturityModels', id, version, changes);

export async function deleteModel(db: Executor, workspaceId: string, id: string): Promise<void> {
  await db.deleteFrom('maturityModels').where('workspaceId', '=', workspaceId).where('id', '=', id).execute();
}

/** What the assessments of a model use: how many there are, their dimension keys and highest score. */
export async function modelUsage(db: Executor, modelId: string): Promise<{ assessments: number; keys: string[]; maxScore: number }> {
  const count = await db
    .selectFrom('assessments')
    .select((eb) => eb.fn.countAll<string | number>().as('n'))
    .where('modelId', '=', modelId)
    .executeTakeFirstOrThrow();
  const scores = await db
    .selectFrom('assessmentScores')
    .innerJoin('assessments', 'assessments.id', 'assessmentScores.assessmentId')
    .select(['assessmentScores.dimensionKey'])
    .select((eb) => eb.fn.max('assessmentScores.score').as('maxScore'))
    .where('assessments.modelId', '=', modelId)
    .groupBy('assessmentScores.dimensionKey')
    .execute();
  return {
    assessments: Number(count.n),
    keys: scores.map((s) => s.dimensionKey),
    maxScore: Math.max(0, ...scores.map((s) => Number(s.maxScore))),
  };
}
