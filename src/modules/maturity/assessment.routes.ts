import type { AppContext } from '../../app/context.ts';
import { crudRoutes } from '../../http/crud-routes.ts';
import { recordPage } from '../method/record-page.ts';
import * as repo from './assessment.repository.ts';
import { assessmentPage, assessmentSchema, createAssessmentBody, listAssessmentsQuery, updateAssessmentBody } from './assessment.schema.ts';
import * as service from './assessment.service.ts';

/** Assessments (step 3): an organisation's score per dimension of a maturity model, kept over time. */
export function assessmentRoutes(ctx: AppContext) {
  return crudRoutes({
    tag: 'assessments',
    collection: 'assessments',
    idParam: 'assessmentId',
    singular: 'Assessment',
    plural: 'Assessments',
    schema: assessmentSchema,
    page: assessmentPage,
    listQuery: listAssessmentsQuery,
    createBody: createAssessmentBody,
    updateBody: updateAssessmentBody,
    writeErrors: [409],
    list: async (actor, query, request) => {
      const rows = await repo.listAssessments(ctx.db.kysely, actor.workspaceId, query);
      return recordPage(rows, query, request, repo.assessmentSortColumns, (page) => repo.presentAssessments(ctx.db.kysely, page));
    },
    get: (actor, id) => service.getAssessment(ctx, actor.workspaceId, id),
    create: (actor, body) => service.createAssessment(ctx, actor, body),
    update: (actor, id, expected, body) => service.updateAssessment(ctx, actor, id, expected, body),
    remove: (actor, id) => service.deleteAssessment(ctx, actor, id),
  });
}
