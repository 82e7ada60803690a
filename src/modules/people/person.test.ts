import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dialects } from '../../test/databases.ts';
import { makeWorkspace } from '../../test/factories.ts';
import { startTestServer, type TestServer } from '../../test/test-server.ts';

describe.each(dialects)('people API on %s', (dialect) => {
  let server: TestServer;
  let team: Awaited<ReturnType<typeof makeWorkspace>>;
  let base: string;
  let kapelle: string;
  let borsele: string;

  beforeAll(async () => {
    server = await startTestServer(dialect);
    team = await makeWorkspace(server.ctx);
    const ws = `/api/v1/workspaces/${team.workspace.id}`;
    base = `${ws}/people`;
    kapelle = (
      await server.request('POST', `${ws}/organisations`, {
        token: team.editor.token,
        body: { name: 'Gemeente Kapelle', kind: 'municipality' },
      })
    ).body.id;
    borsele = (
      await server.request('POST', `${ws}/organisations`, {
        token: team.editor.token,
        body: { name: 'Gemeente Borsele', kind: 'municipality' },
      })
    ).body.id;
  });
  afterAll(() => server.close());

  it('creates a person with affiliations and tags, and replaces them on update', async () => {
    const created = await server.request('POST', base, {
      token: team.editor.token,
      body: {
        name: 'Hanna Verbeek',
        jobTitle: 'Informatiemanager',
        email: 'H.Verbeek@Kapelle.example',
        tags: ['datagedreven', 'I&A', 'datagedreven'],
        affiliations: [{ organisationId: kapelle, role: 'Informatiemanager', since: '2018-03-01' }],
      },
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      name: 'Hanna Verbeek',
      email: 'h.verbeek@kapelle.example',
      tags: ['I&A', 'datagedreven'],
      affiliations: [
        { organisationId: kapelle, organisationName: 'Gemeente Kapelle', role: 'Informatiemanager', since: '2018-03-01', until: null },
      ],
      version: 1,
    });

    const updated = await server.request('PATCH', `${base}/${created.body.id}`, {
      token: team.editor.token,
      headers: { 'if-match': created.headers.get('etag')! },
      body: { tags: ['afval'], affiliations: [{ organisationId: borsele, role: 'Adviseur' }] },
    });
    expect(updated.status).toBe(200);
    expect(updated.body.tags).toEqual(['afval']);
    expect(updated.body.affiliations.map((a: { organisationName: string }) => a.organisationName)).toEqual(['Gemeente Borsele']);
    expect(updated.body.jobTitle).toBe('Informatiemanager');

    const byOrganisation = await server.request('GET', `${base}?organisationId=${borsele}`, { token: team.viewer.token });
    expect(byOrganisation.body.data.map((p: { id: string }) => p.id)).toEqual([created.body.id]);
    const byTag = await server.request('GET', `${base}?tag=afval`, { token: team.viewer.token });
    expect(byTag.body.data).toHaveLength(1);
    const byOldTag = await server.request('GET', `${base}?tag=datagedreven`, { token: team.viewer.token });
    expect(byOldTag.body.data).toHaveLength(0);
  });

  it('shows affiliations in the order sent and tags by name, alike in the list and the record', async () => {
    const created = await server.request('POST', base, {
      token: team.editor.token,
      body: {
        name: 'Yara Ordening',
        tags: ['zorg', 'afval', 'mobiliteit'],
        affiliations: [
          { organisationId: kapelle, role: 'tweede', until: '2024-12-31' },
          { organisationId: borsele, role: 'eerste', since: '2020-01-01' },
          { organisationId: kapelle, role: null },
        ],
      },
    });
    expect(created.status).toBe(201);
    const expected = {
      tags: ['afval', 'mobiliteit', 'zorg'],
      affiliations: [
        { organisationId: kapelle, organisationName: 'Gemeente Kapelle', role: 'tweede', since: null, until: '2024-12-31' },
        { organisationId: borsele, organisationName: 'Gemeente Borsele', role: 'eerste', since: '2020-01-01', until: null },
        { organisationId: kapelle, organisationName: 'Gemeente Kapelle', role: null, since: null, until: null },
      ],
    };
    expect(created.body).toMatchObject(expected);
    const read = await server.request('GET', `${base}/${created.body.id}`, { token: team.viewer.token });
    expect(read.body).toEqual(created.body);
    const listed = await server.request('GET', `${base}?q=yara`, { token: team.viewer.token });
    expect(listed.body.data).toEqual([created.body]);
    const withoutDetails = await server.request('POST', base, { token: team.editor.token, body: { name: 'Yannick Zonder' } });
    const listedBare = await server.request('GET', `${base}?q=yannick`, { token: team.viewer.token });
    expect(listedBare.body.data).toEqual([withoutDetails.body]);
    expect(withoutDetails.body).toMatchObject({ tags: [], affiliations: [] });
  });

  it('lists the people of an organisation in name order, page by page, following renames', async () => {
    const ws = `/api/v1/workspaces/${team.workspace.id}`;
    const org = (
      await server.request('POST', `${ws}/organisations`, { token: team.editor.token, body: { name: 'Waterschap', kind: 'water_board' } })
    ).body.id;
    const ids: Record<string, string> = {};
    for (const name of ['Daan', 'Bas', 'Eva', 'Cas', 'Anouk']) {
      const created = await server.request('POST', base, {
        token: team.editor.token,
        body: { name, affiliations: [{ organisationId: org }, { organisationId: org, role: 'tweede rol' }] },
      });
      ids[name] = created.body.id;
    }
    const names = async (query: string) => {
      const seen: string[] = [];
      let next: string | undefined = `${base}?organisationId=${org}&limit=2${query}`;
      while (next) {
        const page: { body: { data: { name: string }[]; links: { next?: string } } } = await server.request('GET', next, {
          token: team.viewer.token,
        });
        seen.push(...page.body.data.map((p) => p.name));
        next = page.body.links.next;
      }
      return seen;
    };
    expect(await names('')).toEqual(['Anouk', 'Bas', 'Cas', 'Daan', 'Eva']);
    expect(await names('&sort=-name')).toEqual(['Eva', 'Daan', 'Cas', 'Bas', 'Anouk']);
    expect(await names('&sort=createdAt')).toEqual(['Daan', 'Bas', 'Eva', 'Cas', 'Anouk']);
    await server.request('PATCH', `${base}/${ids.Eva}`, {
      token: team.editor.token,
      headers: { 'if-match': '"1"' },
      body: { name: 'Aafke' },
    });
    await server.request('PATCH', `${base}/${ids.Bas}`, {
      token: team.editor.token,
      headers: { 'if-match': '"1"' },
      body: { affiliations: [] },
    });
    expect(await names('')).toEqual(['Aafke', 'Anouk', 'Cas', 'Daan']);
  });

  it('lists the people not yet told that Kring holds their data, and those who were', async () => {
    const tag = 'informed-filter';
    const told = await server.request('POST', base, {
      token: team.editor.token,
      body: { name: 'Ilse Geïnformeerd', tags: [tag], informedOn: '2026-02-01' },
    });
    const notTold = await server.request('POST', base, { token: team.editor.token, body: { name: 'Joost Onwetend', tags: [tag] } });
    const idsOf = async (informed: string) =>
      (await server.request('GET', `${base}?tag=${tag}&informed=${informed}`, { token: team.viewer.token })).body.data.map(
        (p: { id: string }) => p.id,
      );
    expect(await idsOf('false')).toEqual([notTold.body.id]);
    expect(await idsOf('true')).toEqual([told.body.id]);
    const bad = await server.request('GET', `${base}?informed=maybe`, { token: team.viewer.token });
    expect(bad.status).toBe(400);
    expect(bad.body.errors[0]).toMatchObject({ in: 'query', location: { name: 'informed' } });
  });

  it('answers 409 with the existing record for the same e-mail twice in a workspace', async () => {
    const first = await server.request('POST', base, {
      token: team.editor.token,
      body: { name: 'Joris de Wit', email: 'j.dewit@goes.example' },
    });
    const second = await server.request('POST', base, {
      token: team.editor.token,
      body: { name: 'Joris de Wit (2)', email: 'J.DEWIT@goes.example' },
    });
    expect(second.status).toBe(409);
    expect(second.body).toMatchObject({ status: 409, code: 'conflict', existing: { id: first.body.id, href: `${base}/${first.body.id}` } });
  });

  it('reports every invalid field with its pointer, and unknown fields', async () => {
    const response = await server.request('POST', base, {
      token: team.editor.token,
      body: { name: '', email: 'not-an-email', phone: 'call me', affiliations: [{ organisationId: 'nope' }], nickname: 'x' },
    });
    expect(response.status).toBe(400);
    expect(response.headers.get('content-type')).toContain('application/problem+json');
    const pointers = response.body.errors.map((e: { location: { pointer: string } }) => e.location.pointer).sort();
    expect(pointers).toEqual(['/affiliations/0/organisationId', '/email', '/name', '/nickname', '/phone']);
    expect(response.body.errors.find((e: { location: { pointer: string } }) => e.location.pointer === '/nickname')).toMatchObject({
      in: 'body',
      code: 'unknown_field',
    });
    expect(response.body).toMatchObject({ status: 400, title: 'Invalid input', detail: '5 problems in the request.' });
  });

  it('rejects affiliations with organisations that are unknown or of another workspace, all at once', async () => {
    const other = await makeWorkspace(server.ctx, 'Elsewhere');
    const foreign = (
      await server.request('POST', `/api/v1/workspaces/${other.workspace.id}/organisations`, {
        token: other.editor.token,
        body: { name: 'Vreemd', kind: 'other' },
      })
    ).body.id;
    const response = await server.request('POST', base, {
      token: team.editor.token,
      body: {
        name: 'Piet Zonder',
        affiliations: [
          { organisationId: kapelle },
          { organisationId: foreign },
          { organisationId: '4b8f1c52-2d7a-4c1e-9f0e-1d2a3b4c5d6e' },
        ],
      },
    });
    expect(response.status).toBe(400);
    expect(response.body.errors.map((e: { location: { pointer: string } }) => e.location.pointer)).toEqual([
      '/affiliations/1/organisationId',
      '/affiliations/2/organisationId',
    ]);
    const list = await server.request('GET', `${base}?q=piet`, { token: team.viewer.token });
    expect(list.body.data).toHaveLength(0);
  });

  it("never lists another workspace's people, whatever organisation the filter names", async () => {
    const other = await makeWorkspace(server.ctx, 'Ergens anders');
    const otherBase = `/api/v1/workspaces/${other.workspace.id}`;
    const foreign = (
      await server.request('POST', `${otherBase}/organisations`, { token: other.editor.token, body: { name: 'Buitenland', kind: 'other' } })
    ).body.id;
    const stranger = await server.request('POST', `${otherBase}/people`, {
      token: other.editor.token,
      body: { name: 'Sanne Vreemd', affiliations: [{ organisationId: foreign }] },
    });
    expect(stranger.status).toBe(201);
    for (const sort of ['name', '-name', 'createdAt']) {
      const list = await server.request('GET', `${base}?organisationId=${foreign}&sort=${sort}`, { token: team.viewer.token });
      expect(list.status).toBe(200);
      expect(list.body.data).toEqual([]);
    }
  });

  it('deletes a person with their relations and notes in one go', async () => {
    const a = (await server.request('POST', base, { token: team.editor.token, body: { name: 'Anna Visser' } })).body.id;
    const b = (await server.request('POST', base, { token: team.editor.token, body: { name: 'Bram Visser' } })).body.id;
    const relation = await server.request('POST', `/api/v1/workspaces/${team.workspace.id}/relations`, {
      token: team.editor.token,
      body: { from: a, to: b, type: 'knows' },
    });
    expect(relation.status).toBe(201);
    expect((await server.request('DELETE', `${base}/${a}`, { token: team.editor.token })).status).toBe(204);
    expect(
      (await server.request('GET', `/api/v1/workspaces/${team.workspace.id}/relations/${relation.body.id}`, { token: team.viewer.token }))
        .status,
    ).toBe(404);
    const left = await server.request('GET', `/api/v1/workspaces/${team.workspace.id}/relations?partyId=${b}`, {
      token: team.viewer.token,
    });
    expect(left.body.data).toEqual([]);
  });
});
