import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dialects } from '../../test/databases.ts';
import { makeWorkspace } from '../../test/factories.ts';
import { startTestServer, type TestServer } from '../../test/test-server.ts';
import type { AuditEventRecord } from './audit.schema.ts';

type AuditPage = { status: number; body: { data: AuditEventRecord[]; links: { next?: string } } };

describe.each(dialects)('audit log API on %s', (dialect) => {
  let server: TestServer;
  let team: Awaited<ReturnType<typeof makeWorkspace>>;
  let base: string;
  let log: string;
  let personId: string;

  beforeAll(async () => {
    server = await startTestServer(dialect);
    team = await makeWorkspace(server.ctx);
    base = `/api/v1/workspaces/${team.workspace.id}`;
    log = `${base}/audit-events`;
    const person = await server.request('POST', `${base}/people`, { token: team.editor.token, body: { name: 'Karin Logboek' } });
    personId = person.body.id;
    await server.request('PATCH', `${base}/people/${personId}`, {
      token: team.editor.token,
      body: { jobTitle: 'Archivaris' },
      headers: { 'if-match': '"1"' },
    });
    await server.request('GET', `${base}/people/${personId}/personal-data`, { token: team.viewer.token });
    await server.request('POST', `${base}/organisations`, {
      token: team.editor.token,
      body: { name: 'Gemeente Goes', kind: 'municipality' },
    });
  });
  afterAll(() => server.close());

  it('shows the owner who did what to which record, newest first, without the content', async () => {
    const page: AuditPage = await server.request('GET', log, { token: team.owner.token });
    expect(page.status).toBe(200);
    const ids = page.body.data.map((event) => event.id);
    expect(ids).toEqual([...ids].sort((a, b) => b - a));
    expect(page.body.data.slice(0, 4).map((event) => [event.action, event.subjectType, event.actorName])).toEqual([
      ['create', 'organisation', 'editor'],
      ['export', 'person', 'viewer'],
      ['update', 'person', 'editor'],
      ['create', 'person', 'editor'],
    ]);
    expect(page.body.data[1]).toEqual({
      id: expect.any(Number),
      at: expect.any(String),
      action: 'export',
      subjectType: 'person',
      subjectId: personId,
      actorId: team.viewer.id,
      actorName: 'viewer',
    });
    expect(JSON.stringify(page.body)).not.toContain('Karin');
  });

  it('filters by record, member and action, and pages without gaps or repeats', async () => {
    const subject: AuditPage = await server.request('GET', `${log}?subjectId=${personId}`, { token: team.owner.token });
    expect(subject.body.data.map((event) => event.action)).toEqual(['export', 'update', 'create']);
    const viewer: AuditPage = await server.request('GET', `${log}?actorId=${team.viewer.id}`, { token: team.owner.token });
    expect(viewer.body.data.map((event) => event.action)).toEqual(['export']);
    const updates: AuditPage = await server.request('GET', `${log}?action=update&subjectType=person`, { token: team.owner.token });
    expect(updates.body.data.map((event) => event.subjectId)).toEqual([personId]);

    const all: AuditPage = await server.request('GET', `${log}?limit=200`, { token: team.owner.token });
    const paged: number[] = [];
    let next: string | undefined = `${log}?limit=2`;
    while (next) {
      const page: AuditPage = await server.request('GET', next, { token: team.owner.token });
      paged.push(...page.body.data.map((event) => event.id));
      next = page.body.links.next;
    }
    expect(paged).toEqual(all.body.data.map((event) => event.id));
    expect(paged.length).toBeGreaterThanOrEqual(4);
  });

  it("is for the workspace's owners only, and shows no other workspace's events", async () => {
    expect((await server.request('GET', log, { token: team.editor.token })).status).toBe(403);
    expect((await server.request('GET', log, { token: team.viewer.token })).status).toBe(403);
    const other = await makeWorkspace(server.ctx, 'Other workspace');
    const theirs: AuditPage = await server.request('GET', `/api/v1/workspaces/${other.workspace.id}/audit-events`, {
      token: other.owner.token,
    });
    expect(theirs.body.data.some((event) => event.subjectId === personId)).toBe(false);
    const bad = await server.request('GET', `${log}?action=read`, { token: team.owner.token });
    expect(bad.status).toBe(400);
    expect(bad.body.errors[0]).toMatchObject({ in: 'query', location: { name: 'action' } });
    const foreignCursor = Buffer.from(JSON.stringify(['Anna', '2f1c7d3e-0000-4000-8000-000000000000'])).toString('base64url');
    const wrongCursor = await server.request('GET', `${log}?cursor=${foreignCursor}`, { token: team.owner.token });
    expect(wrongCursor.status).toBe(400);
    expect(wrongCursor.body.errors[0]).toMatchObject({ in: 'query', location: { name: 'cursor' } });
  });
});
