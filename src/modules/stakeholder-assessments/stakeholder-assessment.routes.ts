import type { AppContext } from '../../app/context.ts';
import { toPage } from '../../db/keyset.ts';
import { crudRoutes } from '../../http/crud-routes.ts';
import { defineRoute } from '../../http/route.ts';
import * as repo from './stakeholder-assessment.repository.ts';
import {
  createStakeholderAssessmentBody,
  gridParams,
  gridQuery,
  listStakeholderAssessmentsQuery,
  stakeholderAssessmentPage,
  stakeholderAssessmentSchema,
  stakeholderGridSchema,
  updateStakeholderAssessmentBody,
} from './stakeholder-assessment.schema.ts';
import * as service from './stakeholder-assessment.service.ts';

const tag = 'stakeholder-assessments';

/** Dated stakeholder assessments (step 4), their history per party, and the current grid of a theme. */
export function stakeholderAssessmentRoutes(ctx: AppContext) {
  return [
    ...crudRoutes({
      tag,
      collection: 'stakeholder-assessments',
      idParam: 'assessmentId',
      singular: 'StakeholderAssessment',
      plural: 'StakeholderAssessments',
      schema: stakeholderAssessmentSchema,
      page: stakeholderAssessmentPage,
      listQuery: listStakeholderAssessmentsQuery,
      createBody: createStakeholderAssessmentBody,
      updateBody: updateStakeholderAssessmentBody,
      writeErrors: [409],
      list: async (actor, query, request) => {
        const rows = await repo.listAssessments(ctx.db.kysely, actor.workspaceId, query);
        const page = toPage(
          rows,
          query.limit,
          request,
          (row) => repo.assessmentCursor(row, query.sort),
          (row) => row,
        );
        return { ...page, data: await repo.presentAssessments(ctx.db.kysely, page.data) };
      },
      get: (actor, id) => service.getAssessment(ctx, actor.workspaceId, id),
      create: (actor, body) => service.createAssessment(ctx, actor, body),
      update: (actor, id, expected, body) => service.updateAssessment(ctx, actor, id, expected, body),
      remove: (actor, id) => service.deleteAssessment(ctx, actor, id),
    }),
    defineRoute({
      method: 'GET',
      url: '/api/v1/workspaces/:workspaceId/themes/:themeId/stakeholder-grid',
      operationId: 'getStakeholderGrid',
      summary: "A theme's stakeholders as they stand: the latest assessment of each party, with Mendelow quadrant and Mitchell type.",
      tag,
      access: { workspace: 'viewer' },
      params: gridParams,
      query: gridQuery,
      success: { status: 200, description: 'The grid.', schema: stakeholderGridSchema },
      handler: async ({ actor, params, query }) => service.getGrid(ctx, actor.workspaceId, params.themeId, query),
    }),
  ];
}
