import { makeWorkspace } from '../../test/factories.ts';
import type { TestServer } from '../../test/test-server.ts';

/**
 * A small fictional region in a fresh workspace, made through the API: two municipalities,
 * two people (one affiliated with each), a theme, and a second workspace for references
 * that must be refused.
 */
export async function makeRegion(server: TestServer) {
  const team = await makeWorkspace(server.ctx, 'Bevelanden');
  const elsewhere = await makeWorkspace(server.ctx, 'Elsewhere');
  const api = (workspaceId: string, token: string) => async (path: string, body: unknown) => {
    const response = await server.request('POST', `/api/v1/workspaces/${workspaceId}/${path}`, { token, body });
    if (response.status !== 201) throw new Error(`POST ${path}: ${response.status} ${JSON.stringify(response.body)}`);
    return response.body.id as string;
  };
  const post = api(team.workspace.id, team.editor.token);
  const kapelle = await post('organisations', { name: 'Gemeente Kapelle', kind: 'municipality' });
  const goes = await post('organisations', { name: 'Gemeente Goes', kind: 'municipality' });
  const anna = await post('people', { name: 'Anna Visser', affiliations: [{ organisationId: kapelle, role: 'informatiemanager' }] });
  const bram = await post('people', { name: 'Bram de Kok', affiliations: [{ organisationId: goes, role: 'adviseur' }] });
  const theme = await post('themes', { title: 'Datagedreven werken', kind: 'regional_theme', organisationIds: [kapelle, goes] });
  const postElsewhere = api(elsewhere.workspace.id, elsewhere.editor.token);
  const foreign = {
    organisation: await postElsewhere('organisations', { name: 'Elders', kind: 'other' }),
    person: await postElsewhere('people', { name: 'Iemand Elders' }),
    theme: await postElsewhere('themes', { title: 'Elders', kind: 'development' }),
  };
  return { team, base: `/api/v1/workspaces/${team.workspace.id}`, post, kapelle, goes, anna, bram, theme, foreign };
}
export type Region = Awaited<ReturnType<typeof makeRegion>>;

/** The audit actions recorded on one record, oldest first. */
export async function auditActions(server: TestServer, subjectType: string, subjectId: string): Promise<string[]> {
  const rows = await server.ctx.db.kysely
    .selectFrom('auditEvents')
    .select('action')
    .where('subjectType', '=', subjectType)
    .where('subjectId', '=', subjectId)
    .orderBy('id')
    .execute();
  return rows.map((r) => r.action);
}

/** The pointers of the problems of a 400 answer, in order. */
export const pointers = (body: { errors: { location: { pointer?: string; name?: string } }[] }) =>
  body.errors.map((e) => e.location.pointer ?? e.location.name);
