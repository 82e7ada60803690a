import { expect } from 'vitest';
import type { makeWorkspace } from '../../test/factories.ts';
import type { TestServer } from '../../test/test-server.ts';

/** A workspace of the test factories, with its members' tokens. */
export type Team = Awaited<ReturnType<typeof makeWorkspace>>;

/** Helpers for the API tests of steps 4 and 5: records made through the API by the editor. */
export function engagementFixtures(server: TestServer, team: Team) {
  const base = `/api/v1/workspaces/${team.workspace.id}`;
  const create = async (collection: string, body: Record<string, unknown>): Promise<string> => {
    const created = await server.request('POST', `${base}/${collection}`, { token: team.editor.token, body });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    return created.body.id as string;
  };
  return {
    base,
    create,
    person: (name: string) => create('people', { name }),
    organisation: (name: string, kind = 'municipality') => create('organisations', { name, kind }),
    theme: (title: string, status = 'active') => create('themes', { title, kind: 'regional_theme', status }),
    /** The stored last-contact date and version of a person. */
    lastContact: async (personId: string) => {
      const person = await server.request('GET', `${base}/people/${personId}`, { token: team.viewer.token });
      return person.body.lastContactOn as string | null;
    },
    /** The audit events about a record, as action names. */
    auditOf: async (subjectId: string) =>
      (
        await server.ctx.db.kysely
          .selectFrom('auditEvents')
          .select(['action', 'subjectType'])
          .where('subjectId', '=', subjectId)
          .orderBy('id')
          .execute()
      ).map((e) => `${e.action} ${e.subjectType}`),
  };
}
