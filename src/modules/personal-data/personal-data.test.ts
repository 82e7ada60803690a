import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dialects } from '../../test/databases.ts';
import { makeUser, makeWorkspace } from '../../test/factories.ts';
import { startTestServer, type TestServer } from '../../test/test-server.ts';
import type { PersonalData } from './personal-data.schema.ts';

/** More relations than one page of the report's lists holds (200), so paging is exercised. */
const RELATIONS = 205;

describe.each(dialects)('personal data report on %s', (dialect) => {
  let server: TestServer;
  let team: Awaited<ReturnType<typeof makeWorkspace>>;
  let base: string;
  let personId: string;
  let bystanderName: string;

  const post = async (path: string, body: Record<string, unknown>) => {
    const response = await server.request('POST', `${base}/${path}`, { token: team.editor.token, body });
    expect(response.status, JSON.stringify(response.body)).toBe(201);
    return response.body as { id: string; version: number };
  };
  const report = (token: string, id = personId) => server.request('GET', `${base}/people/${id}/personal-data`, { token });

  beforeAll(async () => {
    server = await startTestServer(dialect);
    team = await makeWorkspace(server.ctx);
    base = `/api/v1/workspaces/${team.workspace.id}`;
    const organisation = await post('organisations', { name: 'Gemeente Noord-Beveland', kind: 'municipality' });
    const person = await post('people', {
      name: 'Fenna Verhulst',
      email: 'f.verhulst@noord-beveland.example',
      affiliations: [{ organisationId: organisation.id, role: 'informatiemanager' }],
    });
    personId = person.id;
    const updated = await server.request('PATCH', `${base}/people/${personId}`, {
      token: team.editor.token,
      body: { jobTitle: 'Informatiemanager' },
      headers: { 'if-match': '"1"' },
    });
    expect(updated.status).toBe(200);

    bystanderName = 'Gijs Bystander';
    const bystander = await post('people', { name: bystanderName });
    const relationIds: string[] = [];
    for (let i = 0; i < RELATIONS; i += 1) {
      const other = i === 0 ? organisation : await post('people', { name: `Contact ${String(i).padStart(3, '0')}` });
      relationIds.push((await post('relations', { from: personId, to: other.id, type: 'knows' })).id);
    }
    await post('notes', { subjectType: 'person', subjectId: personId, body: 'Denkt mee over datagedreven werken.' });
    await post('notes', { subjectType: 'person', subjectId: personId, body: 'Persoonlijke indruk.', visibility: 'private' });
    // Notes on a relation of the person are about them too; the last one is past the first page of relations.
    await post('notes', { subjectType: 'relation', subjectId: relationIds[0]!, body: 'Kent de wethouder via de gemeente.' });
    await post('notes', {
      subjectType: 'relation',
      subjectId: relationIds[RELATIONS - 1]!,
      body: 'Privé over dit contact.',
      visibility: 'private',
    });
    await post('interactions', {
      kind: 'meeting',
      title: 'Overleg datateam',
      date: '2026-03-02',
      participants: [{ personId }, { personId: bystander.id }],
      summary: 'Afspraken over de pilot.',
    });
    await post('groups', { name: 'Werkgroep Data Bevelanden', kind: 'working_group', members: [{ personId, role: 'chair' }] });
    const theme = await post('themes', { title: 'Datagedreven werken', kind: 'regional_theme' });
    await post('stakeholder-assessments', { themeId: theme.id, partyId: personId, power: 4, interest: 5, attitude: 1, side: 'external' });
    await post('engagement-plans', { themeId: theme.id, partyId: personId, level: 'collaborate' });
    await post('actions', { title: 'Stuurt de notitie rond', ownerPersonId: personId });
  });
  afterAll(() => server.close());

  it('holds everything on the person, each list whole, and records that it was asked', async () => {
    const response = await report(team.viewer.token);
    expect(response.status).toBe(200);
    const data = response.body as PersonalData;
    expect(data.person).toMatchObject({ id: personId, name: 'Fenna Verhulst', jobTitle: 'Informatiemanager' });

    expect(data.relations).toHaveLength(RELATIONS);
    expect(new Set(data.relations.map((relation) => relation.id)).size).toBe(RELATIONS);
    expect(data.relations.every((relation) => relation.from === personId || relation.to === personId)).toBe(true);
    const firstRelation = await server.request('GET', `${base}/relations/${data.relations[0]!.id}`, { token: team.viewer.token });
    expect(data.relations[0]).toEqual(firstRelation.body);

    expect(data.notes.map((note) => [note.subjectType, note.body])).toEqual([
      ['relation', 'Kent de wethouder via de gemeente.'],
      ['person', 'Denkt mee over datagedreven werken.'],
    ]);
    expect(data.privateNotesOfOthers).toBe(2);
    expect(data.interactions).toEqual([
      expect.objectContaining({
        title: 'Overleg datateam',
        date: '2026-03-02',
        attendance: 'attended',
        summary: 'Afspraken over de pilot.',
      }),
    ]);
    expect(data.groups).toEqual([expect.objectContaining({ name: 'Werkgroep Data Bevelanden', kind: 'working_group', role: 'chair' })]);
    expect(data.stakeholderAssessments).toEqual([expect.objectContaining({ partyId: personId, power: 4, attitude: 1 })]);
    expect(data.engagementPlans).toEqual([expect.objectContaining({ partyId: personId, level: 'collaborate' })]);
    expect(data.actions).toEqual([expect.objectContaining({ title: 'Stuurt de notitie rond', ownerPersonId: personId })]);
    expect(data.history.map((event) => [event.action, event.actorName])).toEqual([
      ['create', 'editor'],
      ['update', 'editor'],
      ['export', 'viewer'],
    ]);

    // The other participant of the meeting is not the person's data.
    expect(JSON.stringify(data)).not.toContain(bystanderName);
  });

  it("shows the author their own private notes, and counts only other members' ones", async () => {
    const data = (await report(team.editor.token)).body as PersonalData;
    expect(data.notes.map((note) => note.body).sort()).toEqual([
      'Denkt mee over datagedreven werken.',
      'Kent de wethouder via de gemeente.',
      'Persoonlijke indruk.',
      'Privé over dit contact.',
    ]);
    expect(data.privateNotesOfOthers).toBe(0);
  });

  it("shows the reader their own contact cadence for the person, and counts other members' ones", async () => {
    const cadence = async (token: string, everyDays: number) => {
      const response = await server.request('POST', `${base}/contact-cadences`, { token, body: { personId, everyDays } });
      expect(response.status, JSON.stringify(response.body)).toBe(201);
    };
    await cadence(team.editor.token, 30);
    await cadence(team.owner.token, 90);

    const editors = (await report(team.editor.token)).body as PersonalData;
    expect(editors.contactCadences.map((c) => [c.personId, c.userId, c.everyDays])).toEqual([[personId, team.editor.id, 30]]);
    expect(editors.contactCadencesOfOthers).toBe(1);

    const viewers = (await report(team.viewer.token)).body as PersonalData;
    expect(viewers.contactCadences).toEqual([]);
    expect(viewers.contactCadencesOfOthers).toBe(2);
  });

  it('answers 404 for a person of no workspace the reader is in, and 401 without credentials', async () => {
    const unknown = await report(team.viewer.token, '00000000-0000-4000-8000-000000000000');
    expect(unknown.status).toBe(404);
    expect(unknown.headers.get('content-type')).toContain('application/problem+json');

    const outsider = await makeUser(server.ctx, { name: 'Outsider' });
    expect((await report(outsider.token)).status).toBe(404);
    expect((await server.request('GET', `${base}/people/${personId}/personal-data`)).status).toBe(401);
  });

  it('finds a person of another workspace not found', async () => {
    const other = await makeWorkspace(server.ctx, 'Other workspace');
    const stranger = await server.request('POST', `/api/v1/workspaces/${other.workspace.id}/people`, {
      token: other.editor.token,
      body: { name: 'Hidde Elders' },
    });
    expect((await report(team.viewer.token, stranger.body.id)).status).toBe(404);
  });
});
