import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';

type Executor = Kysely<Database>;

/** Organisations of the workspace among `ids` (all when undefined) and linked to the theme (when given), by name. */
export function organisationsToCompare(db: Executor, workspaceId: string, filter: { ids?: string[]; themeId?: string }) {
  let qb = db.selectFrom('organisations').select(['id', 'name']).where('workspaceId', '=', workspaceId);
  if (filter.ids) qb = qb.where('id', 'in', filter.ids);
  if (filter.themeId) {
    const themeId = filter.themeId;
    qb = qb.where('id', 'in', (eb) => eb.selectFrom('themeOrganisations').select('organisationId').where('themeId', '=', themeId));
  }
  return qb.orderBy('sortName').orderBy('id').execute();
}

/** The organisations with an assessment on the model, by name. */
export function assessedOrganisations(db: Executor, modelId: string) {
  return db
    .selectFrom('organisations')
    .select(['id', 'name'])
    .where('id', 'in', (eb) => eb.selectFrom('assessments').select('organisationId').where('modelId', '=', modelId))
    .orderBy('sortName')
    .orderBy('id')
    .execute();
}

/** The assessments on the model (of these organisations, when given) up to a date, oldest first. */
export function assessmentsOn(db: Executor, modelId: string, organisationIds: string[] | undefined, asOf: string | undefined) {
  if (organisationIds?.length === 0) return Promise.resolve([]);
  let qb = db.selectFrom('assessments').select(['id', 'organisationId', 'assessedOn']).where('modelId', '=', modelId);
  if (organisationIds) qb = qb.where('organisationId', 'in', organisationIds);
  if (asOf) qb = qb.where('assessedOn', '<=', asOf);
  return qb.orderBy('assessedOn').orderBy('id').execute();
}
