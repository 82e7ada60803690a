import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dialects } from '../../test/databases.ts';
import { makeWorkspace } from '../../test/factories.ts';
import { startTestServer, type TestServer } from '../../test/test-server.ts';
import { engagementFixtures, type Team } from '../interactions/engagement.fixtures.ts';

describe.each(dialects)('engagement plans API on %s', (dialect) => {
  let server: TestServer;
  let team: Team;
  let f: ReturnType<typeof engagementFixtures>;
  let url: string;
  let theme: string;
  let raad: string;
  let owner: string;

  beforeAll(async () => {
    server = await startTestServer(dialect);
    team = await makeWorkspace(server.ctx);
    f = engagementFixtures(server, team);
    url = `${f.base}/engagement-plans`;
    theme = await f.theme('Datagedreven werken');
    raad = await f.organisation('Gemeenteraad Kapelle', 'council');
    owner = await f.person('Olga Eigenaar');
  });
  afterAll(() => server.close());

  it('plans how to engage a stakeholder, changes it with If-Match and deletes it', async () => {
    const created = await server.request('POST', url, {
      token: team.editor.token,
      body: {
        themeId: theme,
        partyId: raad,
        level: 'consult',
        keyMessage: 'Data helpt bij betere besluiten',
        channel: 'informatiesessie',
        ownerId: owner,
        nextStep: 'Sessie plannen',
        nextStepDueOn: '2026-04-01',
      },
    });
    expect(created.status).toBe(201);
    expect(created.body).toEqual({
      id: expect.any(String),
      workspaceId: team.workspace.id,
      themeId: theme,
      partyId: raad,
      partyType: 'organisation',
      partyName: 'Gemeenteraad Kapelle',
      level: 'consult',
      keyMessage: 'Data helpt bij betere besluiten',
      channel: 'informatiesessie',
      ownerId: owner,
      nextStep: 'Sessie plannen',
      nextStepDueOn: '2026-04-01',
      version: 1,
      createdAt: expect.any(String),
      updatedAt: expect.any(String),
    });
    const one = `${url}/${created.body.id}`;
    const stale = await server.request('PATCH', one, {
      token: team.editor.token,
      body: { level: 'involve' },
      headers: { 'if-match': '"0"' },
    });
    expect(stale.status).toBe(412);
    const patched = await server.request('PATCH', one, {
      token: team.editor.token,
      body: { level: 'involve', nextStepDueOn: null },
      headers: { 'if-match': '"1"' },
    });
    expect(patched.body).toMatchObject({ level: 'involve', nextStepDueOn: null, version: 2 });
    expect((await server.request('GET', one, { token: team.viewer.token })).body).toEqual(patched.body);

    const again = await server.request('POST', url, { token: team.editor.token, body: { themeId: theme, partyId: raad, level: 'inform' } });
    expect(again.status).toBe(409);
    expect(again.body.existing.id).toBe(created.body.id);

    expect((await server.request('DELETE', one, { token: team.editor.token })).status).toBe(204);
    expect(await f.auditOf(created.body.id)).toEqual(['create engagement_plan', 'update engagement_plan', 'delete engagement_plan']);
  });

  it('filters by theme, party, owner, level and next step due, a page at a time', async () => {
    const people = [await f.person('Piet Een'), await f.person('Piet Twee'), await f.person('Piet Drie')];
    const ids: string[] = [];
    for (const [index, partyId] of people.entries()) {
      const plan = await f.create('engagement-plans', {
        themeId: theme,
        partyId,
        level: index === 0 ? 'empower' : 'inform',
        ownerId: owner,
        nextStepDueOn: `2026-0${index + 1}-15`,
      });
      ids.push(plan);
    }
    const first = await server.request('GET', `${url}?themeId=${theme}&ownerId=${owner}&limit=2`, { token: team.viewer.token });
    expect(first.body.data.map((p: { id: string }) => p.id)).toEqual(ids.slice(0, 2));
    const rest = await server.request('GET', first.body.links.next, { token: team.viewer.token });
    expect(rest.body.data.map((p: { id: string }) => p.id)).toEqual(ids.slice(2));
    const due = await server.request('GET', `${url}?nextStepDueBefore=2026-02-20&level=inform`, { token: team.viewer.token });
    expect(due.body.data.map((p: { id: string }) => p.id)).toEqual([ids[1]]);
    const byParty = await server.request('GET', `${url}?partyId=${people[2]}`, { token: team.viewer.token });
    expect(byParty.body.data.map((p: { id: string }) => p.id)).toEqual([ids[2]]);

    expect((await server.request('DELETE', `${f.base}/people/${people[2]}`, { token: team.editor.token })).status).toBe(204);
    expect((await server.request('GET', `${url}/${ids[2]}`, { token: team.viewer.token })).status).toBe(404);
    expect((await server.request('DELETE', `${f.base}/people/${owner}`, { token: team.editor.token })).status).toBe(204);
    expect((await server.request('GET', `${url}/${ids[0]}`, { token: team.viewer.token })).body.ownerId).toBeNull();
  });

  it("removes an organisation's plans and assessments, and its units', when the organisation goes", async () => {
    const region = await f.organisation('Regio Bevelanden', 'joint_arrangement');
    const unit = await f.create('organisations', { name: 'Regio Bevelanden, bestuur', kind: 'executive_board', parentId: region });
    const plan = await f.create('engagement-plans', { themeId: theme, partyId: unit, level: 'collaborate' });
    const assessment = await f.create('stakeholder-assessments', {
      themeId: theme,
      partyId: region,
      power: 4,
      interest: 4,
      attitude: 1,
      side: 'external',
    });
    expect((await server.request('DELETE', `${f.base}/organisations/${region}`, { token: team.editor.token })).status).toBe(204);
    expect((await server.request('GET', `${url}/${plan}`, { token: team.viewer.token })).status).toBe(404);
    expect((await server.request('GET', `${f.base}/stakeholder-assessments/${assessment}`, { token: team.viewer.token })).status).toBe(404);
  });

  it('reports every broken reference and bad value at once, and lets viewers only read', async () => {
    const bad = await server.request('POST', url, {
      token: team.editor.token,
      body: { themeId: raad, partyId: theme, level: 'inform', ownerId: raad },
    });
    expect(bad.status).toBe(400);
    expect(bad.body.errors.map((e: { location: { pointer: string } }) => e.location.pointer)).toEqual(['/themeId', '/partyId', '/ownerId']);
    const invalid = await server.request('POST', url, { token: team.editor.token, body: { themeId: 'x', level: 'shout' } });
    expect(invalid.body.errors.map((e: { location: { pointer: string } }) => e.location.pointer).sort()).toEqual([
      '/level',
      '/partyId',
      '/themeId',
    ]);
    const viewer = await server.request('POST', url, {
      token: team.viewer.token,
      body: { themeId: theme, partyId: raad, level: 'inform' },
    });
    expect(viewer.status).toBe(403);
    expect((await server.request('GET', url, { token: team.outsider.token })).status).toBe(404);
  });
});
