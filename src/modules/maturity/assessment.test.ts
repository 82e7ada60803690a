import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newId } from '../../lib/ids.ts';
import { dialects } from '../../test/databases.ts';
import { startTestServer, type TestServer } from '../../test/test-server.ts';
import { auditActions, makeRegion, pointers, type Region } from '../method/region.fixture.ts';

describe.each(dialects)('assessments API on %s', (dialect) => {
  let server: TestServer;
  let region: Region;
  let url: string;
  let modelId: string;
  const editor = () => ({ token: region.team.editor.token });
  const viewer = () => ({ token: region.team.viewer.token });

  beforeAll(async () => {
    server = await startTestServer(dialect);
    region = await makeRegion(server);
    url = `${region.base}/assessments`;
    const models = await server.request('GET', `${region.base}/maturity-models`, { token: region.team.viewer.token });
    modelId = models.body.data[0].id;
  });
  afterAll(() => server.close());

  it("creates, reads, updates and deletes an assessment, scores in the model's order", async () => {
    const body = {
      organisationId: region.kapelle,
      modelId,
      assessedOn: '2020-06-01',
      assessorId: region.anna,
      summary: 'Eerste meting met de werkgroep',
      scores: [
        { dimensionKey: 'skills', score: 1, evidence: 'Geen eigen analisten' },
        { dimensionKey: 'uses', score: 2, evidence: 'Pilot afvalinzameling' },
      ],
    };
    const created = await server.request('POST', url, { ...editor(), body });
    expect(created.status).toBe(201);
    expect(created.body).toEqual({
      id: expect.any(String),
      workspaceId: region.team.workspace.id,
      ...body,
      scores: [body.scores[1], body.scores[0]],
      version: 1,
      createdAt: expect.any(String),
      updatedAt: expect.any(String),
    });
    const one = `${url}/${created.body.id}`;
    expect((await server.request('GET', one, viewer())).body).toEqual(created.body);

    const patched = await server.request('PATCH', one, {
      ...editor(),
      body: { scores: [{ dimensionKey: 'data', score: 3 }], assessorId: null },
      headers: { 'if-match': '"1"' },
    });
    expect(patched.status).toBe(200);
    expect(patched.body).toMatchObject({ scores: [{ dimensionKey: 'data', score: 3, evidence: null }], assessorId: null, version: 2 });
    await region.post('notes', {
      subjectType: 'assessment',
      subjectId: created.body.id,
      body: 'Bron: zelfevaluatie',
      visibility: 'workspace',
    });
    expect((await server.request('DELETE', one, editor())).status).toBe(204);
    expect((await server.request('GET', one, viewer())).status).toBe(404);
    expect(await server.ctx.db.kysely.selectFrom('notes').select('id').where('subjectId', '=', created.body.id).execute()).toEqual([]);
    expect(await auditActions(server, 'assessment', created.body.id)).toEqual(['create', 'update', 'delete']);
  });

  it('keeps the history of an organisation, one assessment per date, newest first', async () => {
    const dates = ['2021-01-15', '2022-01-15', '2023-01-15'];
    for (const assessedOn of dates) {
      await region.post('assessments', { organisationId: region.goes, modelId, assessedOn, scores: [{ dimensionKey: 'data', score: 2 }] });
    }
    const history = await server.request('GET', `${url}?organisationId=${region.goes}&modelId=${modelId}`, viewer());
    expect(history.body.data.map((a: { assessedOn: string }) => a.assessedOn)).toEqual([...dates].reverse());
    const oldestFirst = await server.request('GET', `${url}?organisationId=${region.goes}&sort=assessedOn&limit=2`, viewer());
    expect(oldestFirst.body.data.map((a: { assessedOn: string }) => a.assessedOn)).toEqual(dates.slice(0, 2));
    expect(
      (await server.request('GET', oldestFirst.body.links.next, viewer())).body.data.map((a: { assessedOn: string }) => a.assessedOn),
    ).toEqual([dates[2]]);

    const twice = await server.request('POST', url, {
      ...editor(),
      body: { organisationId: region.goes, modelId, assessedOn: '2022-01-15', scores: [{ dimensionKey: 'uses', score: 1 }] },
    });
    expect(twice.status).toBe(409);
    const existing = history.body.data[1].id;
    expect(twice.body.existing).toEqual({ id: existing, href: `${url}/${existing}` });
    const moveOnto = await server.request('PATCH', `${url}/${history.body.data[0].id}`, {
      ...editor(),
      body: { assessedOn: '2021-01-15' },
      headers: { 'if-match': '"1"' },
    });
    expect(moveOnto.status).toBe(409);
  });

  it('reports every broken reference and every score that does not fit the model at once', async () => {
    const bad = await server.request('POST', url, {
      ...editor(),
      body: {
        organisationId: region.foreign.organisation,
        modelId,
        assessedOn: '2024-02-01',
        assessorId: newId(),
        scores: [
          { dimensionKey: 'data', score: 6 },
          { dimensionKey: 'data', score: 2 },
          { dimensionKey: 'weather', score: 1 },
        ],
      },
    });
    expect(bad.status).toBe(400);
    expect(pointers(bad.body)).toEqual([
      '/organisationId',
      '/assessorId',
      '/scores/0/score',
      '/scores/1/dimensionKey',
      '/scores/2/dimensionKey',
    ]);
    expect(bad.body.errors.map((e: { code: string }) => e.code)).toEqual(['not_found', 'not_found', 'too_big', 'duplicate', 'not_found']);

    const unknownModel = await server.request('POST', url, {
      ...editor(),
      body: { organisationId: region.kapelle, modelId: newId(), assessedOn: '2024-02-01', scores: [{ dimensionKey: 'data', score: 0 }] },
    });
    expect(pointers(unknownModel.body)).toEqual(['/scores/0/score']);
    const afterShape = await server.request('POST', url, {
      ...editor(),
      body: { organisationId: region.kapelle, modelId: newId(), assessedOn: '2024-02-01', scores: [{ dimensionKey: 'data', score: 2 }] },
    });
    expect(pointers(afterShape.body)).toEqual(['/modelId']);
    expect((await server.request('GET', `${url}?organisationId=${region.foreign.organisation}`, viewer())).body.data).toEqual([]);
  });

  it('goes with its organisation, notes included, and keeps its record when the assessor goes', async () => {
    const borsele = await region.post('organisations', { name: 'Gemeente Borsele', kind: 'municipality' });
    const assessor = await region.post('people', { name: 'Fleur Meijer' });
    const id = await region.post('assessments', {
      organisationId: borsele,
      modelId,
      assessedOn: '2022-03-01',
      assessorId: assessor,
      scores: [{ dimensionKey: 'skills', score: 3 }],
    });
    const kept = await region.post('assessments', {
      organisationId: region.kapelle,
      modelId,
      assessedOn: '2022-03-01',
      assessorId: assessor,
      scores: [{ dimensionKey: 'skills', score: 2 }],
    });
    await region.post('notes', { subjectType: 'assessment', subjectId: id, body: 'Gedeelde analist', visibility: 'workspace' });

    expect((await server.request('DELETE', `${region.base}/people/${assessor}`, editor())).status).toBe(204);
    expect((await server.request('GET', `${url}/${kept}`, viewer())).body.assessorId).toBeNull();
    expect((await server.request('DELETE', `${region.base}/organisations/${borsele}`, editor())).status).toBe(204);
    expect((await server.request('GET', `${url}/${id}`, viewer())).status).toBe(404);
    expect(await server.ctx.db.kysely.selectFrom('notes').select('id').where('subjectId', '=', id).execute()).toEqual([]);
    expect(await server.ctx.db.kysely.selectFrom('assessmentScores').select('score').where('assessmentId', '=', id).execute()).toEqual([]);
    expect(
      (
        await server.request('POST', url, {
          ...viewer(),
          body: { organisationId: region.kapelle, modelId, assessedOn: '2025-01-01', scores: [{ dimensionKey: 'data', score: 1 }] },
        })
      ).status,
    ).toBe(403);
  });
});
