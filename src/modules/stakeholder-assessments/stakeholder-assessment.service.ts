import type { AppContext } from '../../app/context.ts';
import { conflict, notFound, preconditionFailed } from '../../http/errors.ts';
import { assertVersion } from '../../http/etag.ts';
import type { WorkspaceActor } from '../../http/route.ts';
import { nowIso, todayIso } from '../../lib/clock.ts';
import { newId } from '../../lib/ids.ts';
import { auditByActor } from '../audit/audit.repository.ts';
import { ReferenceCheck, uniqueOr409 } from '../interactions/references.ts';
import { existingIds } from '../method/reference-check.ts';
import * as repo from './stakeholder-assessment.repository.ts';
import type {
  CreateStakeholderAssessment,
  StakeholderAssessment,
  StakeholderGrid,
  UpdateStakeholderAssessment,
} from './stakeholder-assessment.schema.ts';

type Executor = AppContext['db']['kysely'];

/** Dutch name order, made once: a collator per comparison would dominate a large grid. */
const byName = new Intl.Collator('nl');

const flag = (value: boolean | undefined) => (value ? 1 : 0);
const SAME_DAY = 'This party already has an assessment on this theme for this day; change that one.';
const path = (workspaceId: string, id: string) => `/api/v1/workspaces/${workspaceId}/stakeholder-assessments/${id}`;

/** One assessment per party, theme and day: a second one is a conflict that names the first. */
async function assertFirstOfDay(
  db: Executor,
  workspaceId: string,
  row: { id: string; themeId: string; partyId: string; assessedOn: string },
) {
  const existing = await repo.findSameDay(db, row.themeId, row.partyId, row.assessedOn);
  if (existing && existing.id !== row.id) {
    throw conflict(SAME_DAY, {
      id: existing.id,
      href: path(workspaceId, existing.id),
    });
  }
}

async function present(db: Executor, row: repo.AssessmentRow): Promise<StakeholderAssessment> {
  const [assessment] = await repo.presentAssessments(db, [row]);
  return assessment as StakeholderAssessment;
}

export async function getAssessment(ctx: AppContext, workspaceId: string, id: string): Promise<StakeholderAssessment> {
  const row = await repo.findAssessment(ctx.db.kysely, workspaceId, id);
  if (!row) throw notFound('Stakeholder assessment');
  return present(ctx.db.kysely, row);
}

export async function createAssessment(
  ctx: AppContext,
  actor: WorkspaceActor,
  input: CreateStakeholderAssessment,
): Promise<StakeholderAssessment> {
  return ctx.db.kysely.transaction().execute(async (trx) => {
    const check = new ReferenceCheck(trx, actor.workspaceId);
    await check.one('themes', '/themeId', input.themeId);
    const partyType = await check.party('/partyId', input.partyId);
    check.throwIfAny();
    const now = nowIso();
    const row: repo.AssessmentRow = {
      id: newId(),
      workspaceId: actor.workspaceId,
      themeId: input.themeId,
      partyId: input.partyId,
      partyType: partyType ?? 'person',
      assessedOn: input.assessedOn ?? todayIso(),
      power: input.power,
      interest: input.interest,
      attitude: input.attitude,
      concerns: JSON.stringify(input.concerns ?? []),
      concernNote: input.concernNote ?? null,
      saliencePower: flag(input.salience?.power),
      salienceLegitimacy: flag(input.salience?.legitimacy),
      salienceUrgency: flag(input.salience?.urgency),
      side: input.side,
      version: 1,
      createdAt: now,
      updatedAt: now,
    };
    await assertFirstOfDay(trx, actor.workspaceId, row);
    await uniqueOr409(repo.insertAssessment(trx, row), SAME_DAY);
    await auditByActor(trx, actor, 'create', 'stakeholder_assessment', row.id);
    return present(trx, row);
  });
}

/** Corrects an assessment; a new judgement on a later day is a new assessment, so history is kept. */
export async function updateAssessment(
  ctx: AppContext,
  actor: WorkspaceActor,
  id: string,
  expected: number,
  input: UpdateStakeholderAssessment,
): Promise<StakeholderAssessment> {
  return ctx.db.kysely.transaction().execute(async (trx) => {
    const current = await repo.findAssessment(trx, actor.workspaceId, id);
    if (!current) throw notFound('Stakeholder assessment');
    assertVersion(current, expected);
    const { salience, concerns, ...fields } = input;
    const changes: Partial<repo.AssessmentRow> = {
      ...fields,
      ...(concerns !== undefined ? { concerns: JSON.stringify(concerns) } : {}),
      ...(salience?.power !== undefined ? { saliencePower: flag(salience.power) } : {}),
      ...(salience?.legitimacy !== undefined ? { salienceLegitimacy: flag(salience.legitimacy) } : {}),
      ...(salience?.urgency !== undefined ? { salienceUrgency: flag(salience.urgency) } : {}),
      updatedAt: nowIso(),
    };
    const updated = { ...current, ...changes, version: expected + 1 };
    await assertFirstOfDay(trx, actor.workspaceId, updated);
    if (!(await uniqueOr409(repo.updateAssessment(trx, id, expected, changes), SAME_DAY))) throw preconditionFailed(current.version);
    await auditByActor(trx, actor, 'update', 'stakeholder_assessment', id);
    return present(trx, updated);
  });
}

export async function deleteAssessment(ctx: AppContext, actor: WorkspaceActor, id: string): Promise<void> {
  await ctx.db.kysely.transaction().execute(async (trx) => {
    if (!(await repo.findAssessment(trx, actor.workspaceId, id))) throw notFound('Stakeholder assessment');
    await repo.deleteAssessment(trx, actor.workspaceId, id);
    await auditByActor(trx, actor, 'delete', 'stakeholder_assessment', id);
  });
}

/** The current grid of a theme: the latest assessment of every party, by party name. */
export async function getGrid(
  ctx: AppContext,
  workspaceId: string,
  themeId: string,
  options: { side?: string; asOf?: string },
): Promise<StakeholderGrid> {
  const db = ctx.db.kysely;
  if (!(await existingIds(db, 'themes', workspaceId, [themeId])).has(themeId)) throw notFound('Theme');
  const rows = await repo.latestPerParty(db, themeId, options);
  const data = (await repo.presentAssessments(db, rows)).sort(
    (a, b) => byName.compare(a.partyName, b.partyName) || (a.partyId < b.partyId ? -1 : a.partyId > b.partyId ? 1 : 0),
  );
  return { themeId, data };
}
