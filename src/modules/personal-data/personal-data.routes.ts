import type { AppContext } from '../../app/context.ts';
import { defineRoute } from '../../http/route.ts';
import { recordParams } from '../../http/schemas.ts';
import { personalDataSchema } from './personal-data.schema.ts';
import { personalData } from './personal-data.service.ts';

/** A person's data for a subject access request (AVG art. 15). */
export function personalDataRoutes(ctx: AppContext) {
  return [
    defineRoute({
      method: 'GET',
      url: '/api/v1/workspaces/:workspaceId/people/:personId/personal-data',
      operationId: 'getPersonalData',
      summary:
        'Everything the workspace holds on one person, as the reader may see it, for a subject access request (AVG art. 15). Each request is recorded in the audit log as an export of the person.',
      tag: 'people',
      access: { workspace: 'viewer' },
      params: recordParams('personId'),
      success: { status: 200, description: "The person's data.", schema: personalDataSchema },
      handler: ({ actor, params }) => personalData(ctx, actor, params.personId),
    }),
  ];
}
