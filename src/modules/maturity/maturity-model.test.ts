import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dialects } from '../../test/databases.ts';
import { makeWorkspace } from '../../test/factories.ts';
import { startTestServer, type TestServer } from '../../test/test-server.ts';
import { auditActions, makeRegion, pointers, type Region } from '../method/region.fixture.ts';
import { defaultModel } from './default-model.ts';

const levels = [{ name: 'Laag' }, { name: 'Midden', description: 'Op weg' }, { name: 'Hoog' }];
const dimension = (key: string, name: string) => ({ key, name, levelDescriptions: ['weinig', 'iets', 'veel'] });

describe.each(dialects)('maturity models API on %s', (dialect) => {
  let server: TestServer;
  let region: Region;
  let url: string;
  const editor = () => ({ token: region.team.editor.token });
  const viewer = () => ({ token: region.team.viewer.token });

  beforeAll(async () => {
    server = await startTestServer(dialect);
    region = await makeRegion(server);
    url = `${region.base}/maturity-models`;
  });
  afterAll(() => server.close());

  it("keeps the built-in model's name its own, even before the workspace first lists its models", async () => {
    const fresh = await makeWorkspace(server.ctx, 'Nieuw');
    const models = `/api/v1/workspaces/${fresh.workspace.id}/maturity-models`;
    const body = { name: 'datagedreven werken (kring)', levels, dimensions: [dimension('x', 'X')] };
    const taken = await server.request('POST', models, { token: fresh.editor.token, body });
    expect(taken.status).toBe(409);
    const list = await server.request('GET', models, { token: fresh.viewer.token });
    expect(list.body.data.map((m: { builtIn: string | null }) => m.builtIn)).toEqual(['data-driven-working']);
  });

  it('gives every workspace the built-in model for data-driven working, in Dutch and English, once', async () => {
    const first = await server.request('GET', url, viewer());
    expect(first.status).toBe(200);
    const again = await server.request('GET', url, viewer());
    expect(again.body.data).toEqual(first.body.data);
    const builtIn = first.body.data.filter((m: { builtIn: string | null }) => m.builtIn === 'data-driven-working');
    expect(builtIn).toHaveLength(1);
    const model = builtIn[0];
    expect(model.name).toBe('Datagedreven werken (Kring)');
    expect(model.levels.map((l: { level: number }) => l.level)).toEqual([1, 2, 3, 4, 5]);
    expect(model.dimensions.map((d: { key: string }) => d.key)).toEqual([
      'uses',
      'data',
      'analysis',
      'leadership',
      'culture',
      'tools',
      'skills',
    ]);
    for (const d of model.dimensions) expect(d.levelDescriptions).toHaveLength(5);
    expect(model.translations.en.name).toBe('Data-driven working (Kring)');
    expect(model.translations.en.dimensions.map((d: { key: string; name: string }) => d.name)).toEqual([
      'Uses',
      'Data',
      'Analysis',
      'Leadership',
      'Culture',
      'Tools',
      'Skills',
    ]);
    expect(model.licence).toBe('CC BY 4.0');
    const read = await server.request('GET', `${url}/${model.id}`, viewer());
    expect(read.body).toEqual(model);
  });

  it('keeps the built-in model read-only and lets an editor copy it to adapt', async () => {
    const [model] = (await server.request('GET', url, viewer())).body.data;
    const patch = await server.request('PATCH', `${url}/${model.id}`, {
      ...editor(),
      body: { name: 'Anders' },
      headers: { 'if-match': '"1"' },
    });
    expect(patch.status).toBe(409);
    expect((await server.request('DELETE', `${url}/${model.id}`, editor())).status).toBe(409);

    const copy = await server.request('POST', `${url}/${model.id}/copies`, {
      ...editor(),
      body: { name: 'Datagedreven werken Bevelanden' },
    });
    expect(copy.status).toBe(201);
    expect(copy.headers.get('location')).toBe(`${url}/${copy.body.id}`);
    expect(copy.body).toMatchObject({ name: 'Datagedreven werken Bevelanden', builtIn: null, translations: {}, version: 1 });
    expect(copy.body.dimensions).toEqual(model.dimensions);
    expect(copy.body.levels).toEqual(model.levels);

    const renamed = await server.request('PATCH', `${url}/${copy.body.id}`, {
      ...editor(),
      body: {
        levels: defaultModel.nl.levels.slice(0, 4),
        dimensions: [dimension('data', 'Data')].map((d) => ({ ...d, levelDescriptions: ['a', 'b', 'c', 'd'] })),
      },
      headers: { 'if-match': '"1"' },
    });
    expect(renamed.status).toBe(200);
    expect(renamed.body.levels).toHaveLength(4);
    expect((await server.request('POST', `${url}/${model.id}/copies`, { ...viewer(), body: { name: 'Nee' } })).status).toBe(403);
  });

  it("creates a workspace's own model, checks its shape, and refuses a name already taken", async () => {
    const body = {
      name: 'Informatieveiligheid',
      source: 'Eigen werkgroep',
      levels,
      dimensions: [dimension('policy', 'Beleid'), dimension('people', 'Mensen')],
    };
    const created = await server.request('POST', url, { ...editor(), body });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      name: 'Informatieveiligheid',
      description: null,
      source: 'Eigen werkgroep',
      licence: null,
      builtIn: null,
      levels: [
        { level: 1, name: 'Laag', description: null },
        { level: 2, name: 'Midden', description: 'Op weg' },
        { level: 3, name: 'Hoog', description: null },
      ],
      dimensions: [
        { key: 'policy', name: 'Beleid', description: null, levelDescriptions: ['weinig', 'iets', 'veel'] },
        { key: 'people', name: 'Mensen', description: null, levelDescriptions: ['weinig', 'iets', 'veel'] },
      ],
    });
    expect(await auditActions(server, 'maturity_model', created.body.id)).toEqual(['create']);

    const taken = await server.request('POST', url, { ...editor(), body: { ...body, name: 'INFORMATIEVEILIGHEID' } });
    expect(taken.status).toBe(409);
    expect(taken.body.existing.id).toBe(created.body.id);

    const bad = await server.request('POST', url, {
      ...editor(),
      body: {
        name: 'Scheef',
        levels,
        dimensions: [
          dimension('a', 'A'),
          { ...dimension('a', 'Weer A'), levelDescriptions: ['x'] },
          { key: 'Niet Goed', name: 'B', levelDescriptions: [] },
        ],
      },
    });
    expect(bad.status).toBe(400);
    expect(pointers(bad.body)).toEqual(['/dimensions/2/key']);
    const shape = await server.request('POST', url, {
      ...editor(),
      body: {
        name: 'Scheef',
        levels,
        dimensions: [dimension('a', 'A'), { ...dimension('a', 'Weer A'), levelDescriptions: ['x', 'y', 'z', 'w'] }],
      },
    });
    expect(shape.status).toBe(400);
    expect(pointers(shape.body)).toEqual(['/dimensions/1/key', '/dimensions/1/levelDescriptions']);
    expect(shape.body.errors.map((e: { code: string }) => e.code)).toEqual(['duplicate', 'too_big']);
    const tooFewLevels = await server.request('POST', url, {
      ...editor(),
      body: { name: 'Eén', levels: [{ name: 'Enig' }], dimensions: [] },
    });
    expect(pointers(tooFewLevels.body).sort()).toEqual(['/dimensions', '/levels']);
  });

  it('keeps the dimensions and levels that assessments use, and deletes a model only without assessments', async () => {
    const id = await region.post('maturity-models', {
      name: 'Klein model',
      levels,
      dimensions: [dimension('x', 'X'), dimension('y', 'Y')],
    });
    await region.post('assessments', {
      organisationId: region.kapelle,
      modelId: id,
      assessedOn: '2021-01-01',
      scores: [{ dimensionKey: 'x', score: 3 }],
    });
    const one = `${url}/${id}`;
    const dropX = await server.request('PATCH', one, {
      ...editor(),
      body: { dimensions: [dimension('y', 'Y')] },
      headers: { 'if-match': '"1"' },
    });
    expect(dropX.status).toBe(409);
    const fewer = await server.request('PATCH', one, {
      ...editor(),
      body: { levels: levels.slice(0, 2), dimensions: [{ ...dimension('x', 'X'), levelDescriptions: ['a', 'b'] }] },
      headers: { 'if-match': '"1"' },
    });
    expect(fewer.status).toBe(409);
    const renameY = await server.request('PATCH', one, {
      ...editor(),
      body: { dimensions: [dimension('x', 'X'), dimension('z', 'Z')] },
      headers: { 'if-match': '"1"' },
    });
    expect(renameY.status).toBe(200);
    const levelsOnly = await server.request('PATCH', one, {
      ...editor(),
      body: { levels: levels.slice(0, 2) },
      headers: { 'if-match': '"2"' },
    });
    expect(levelsOnly.status).toBe(400);
    expect(pointers(levelsOnly.body)).toEqual(['/dimensions/0/levelDescriptions', '/dimensions/1/levelDescriptions']);

    const inUse = await server.request('DELETE', one, editor());
    expect(inUse.status).toBe(409);
    const free = await region.post('maturity-models', { name: 'Ongebruikt', levels, dimensions: [dimension('x', 'X')] });
    expect((await server.request('DELETE', `${url}/${free}`, editor())).status).toBe(204);
    expect((await server.request('GET', `${url}/${free}`, viewer())).status).toBe(404);
  });

  it('pages through models by name', async () => {
    const names: string[] = [];
    let next: string | undefined = `${url}?limit=2`;
    while (next) {
      const page: { body: { data: { name: string }[]; links: { next?: string } } } = await server.request('GET', next, viewer());
      names.push(...page.body.data.map((m) => m.name));
      next = page.body.links.next;
    }
    expect(names.length).toBeGreaterThanOrEqual(4);
    expect([...names].sort((a, b) => a.toLowerCase().localeCompare(b.toLowerCase()))).toEqual(names);
  });
});
