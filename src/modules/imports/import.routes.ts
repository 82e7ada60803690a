import type { AppContext } from '../../app/context.ts';
import { defineRoute } from '../../http/route.ts';
import { workspaceParams } from '../../http/schemas.ts';
import { importBody, importResult } from './import.schema.ts';
import { importPeople } from './import.service.ts';

/** Importing people from a spreadsheet or an address book. */
export function importRoutes(ctx: AppContext) {
  return [
    defineRoute({
      method: 'POST',
      url: '/api/v1/workspaces/:workspaceId/imports',
      operationId: 'importPeople',
      summary:
        'Import people from a spreadsheet (CSV) or an address book (vCard), with their organisations and tags, in one transaction; with dryRun, only show what it would do.',
      tag: 'people',
      access: { workspace: 'editor' },
      params: workspaceParams,
      body: importBody,
      // 200 for a dry run, which writes nothing; 201 once people are written.
      success: {
        status: 200,
        description: 'What the import would do: a dry run, nothing written.',
        also: [{ status: 201, description: 'What the import did: the people were written.' }],
        schema: importResult,
      },
      errors: [409],
      handler: async ({ actor, body, reply }) => {
        const result = await importPeople(ctx, actor, body);
        if (!result.dryRun) reply.code(201);
        return result;
      },
    }),
  ];
}
