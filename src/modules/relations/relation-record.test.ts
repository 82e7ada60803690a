// Each relation's record, with the names of both ends, is stored with the relation
// (relation-record.repository.ts): every change that alters it stores it anew in the same
// transaction, on both databases, and a page shows each relation as reading it alone does.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dialects } from '../../test/databases.ts';
import { makeWorkspace } from '../../test/factories.ts';
import { startTestServer, type TestServer } from '../../test/test-server.ts';
import { nowIso } from '../../lib/clock.ts';
import { newId } from '../../lib/ids.ts';
import { insertRelation } from './relation.repository.ts';
import { relationsWithOutdatedRecords } from './relation-record.repository.ts';

interface Listed {
  id: string;
  fromName: string;
  toName: string;
}

describe.each(dialects)('stored records of relations on %s', (dialect) => {
  let server: TestServer;
  let team: Awaited<ReturnType<typeof makeWorkspace>>;
  let ws: string;
  let anna: string;
  let bram: string;
  let cor: string;
  let kapelle: string;
  let annaAdvisesKapelle: string;
  let bramKnowsAnna: string;
  let kapelleKnowsCor: string;

  const post = (path: string, body: unknown) => server.postNew(`${ws}/${path}`, { token: team.editor.token, body });
  const patch = async (path: string, body: unknown) => {
    expect((await server.patchCurrent(`${ws}/${path}`, { token: team.editor.token, body })).status).toBe(200);
  };
  /** Every relation as a page lists it, after checking it equals the relation read alone. */
  const listed = async (): Promise<Record<string, [string, string]>> => {
    const page = await server.request('GET', `${ws}/relations?limit=200`, { token: team.viewer.token });
    const names: Record<string, [string, string]> = {};
    for (const relation of page.body.data as Listed[]) {
      const alone = await server.request('GET', `${ws}/relations/${relation.id}`, { token: team.viewer.token });
      expect(relation).toStrictEqual(alone.body);
      names[relation.id] = [relation.fromName, relation.toName];
    }
    return names;
  };
  const outdated = () => relationsWithOutdatedRecords(server.ctx.db.kysely, team.workspace.id);

  beforeAll(async () => {
    server = await startTestServer(dialect);
    team = await makeWorkspace(server.ctx);
    ws = `/api/v1/workspaces/${team.workspace.id}`;
    anna = await post('people', { name: 'Anna Kramer' });
    bram = await post('people', { name: 'Bram Lievense' });
    cor = await post('people', { name: 'Cor Dekker' });
    kapelle = await post('organisations', { name: 'Gemeente Kapelle', kind: 'municipality' });
    annaAdvisesKapelle = await post('relations', { from: anna, to: kapelle, type: 'advises', strength: 5, since: '2021-02-01' });
    bramKnowsAnna = await post('relations', { from: bram, to: anna, type: 'knows', note: 'Zegt "altijd" ja \\ 🙂' });
    kapelleKnowsCor = await post('relations', { from: kapelle, to: cor, type: 'knows' });
  });
  afterAll(() => server.close());

  it('stores it when a relation is created', async () => {
    expect(await listed()).toEqual({
      [annaAdvisesKapelle]: ['Anna Kramer', 'Gemeente Kapelle'],
      [bramKnowsAnna]: ['Bram Lievense', 'Anna Kramer'],
      [kapelleKnowsCor]: ['Gemeente Kapelle', 'Cor Dekker'],
    });
    expect(await outdated()).toEqual([]);
  });

  it('stores it anew when the relation changes, its ends too', async () => {
    await patch(`relations/${kapelleKnowsCor}`, { from: bram, strength: 1, until: '2025-12-31', directed: true });
    const relations = await listed();
    expect(relations[kapelleKnowsCor]).toEqual(['Bram Lievense', 'Cor Dekker']);
    expect(await outdated()).toEqual([]);
  });

  it('stores it anew for every relation of a person who is renamed, at either end', async () => {
    await patch(`people/${anna}`, { name: 'Anna Kramer-Visser' });
    expect(await listed()).toEqual({
      [annaAdvisesKapelle]: ['Anna Kramer-Visser', 'Gemeente Kapelle'],
      [bramKnowsAnna]: ['Bram Lievense', 'Anna Kramer-Visser'],
      [kapelleKnowsCor]: ['Bram Lievense', 'Cor Dekker'],
    });
    expect(await outdated()).toEqual([]);
  });

  it('stores it anew for every relation of an organisation that is renamed', async () => {
    await patch(`organisations/${kapelle}`, { name: 'Gemeente Kapelle (Zeeland)' });
    expect((await listed())[annaAdvisesKapelle]).toEqual(['Anna Kramer-Visser', 'Gemeente Kapelle (Zeeland)']);
    expect(await outdated()).toEqual([]);
  });

  it('leaves the records alone when a person changes without a new name', async () => {
    const before = await server.ctx.db.kysely
      .selectFrom('relations')
      .select(['id', 'recordJson'])
      .where('workspaceId', '=', team.workspace.id)
      .orderBy('id')
      .execute();
    await patch(`people/${anna}`, { jobTitle: 'Informatiemanager' });
    const after = await server.ctx.db.kysely
      .selectFrom('relations')
      .select(['id', 'recordJson'])
      .where('workspaceId', '=', team.workspace.id)
      .orderBy('id')
      .execute();
    expect(after).toEqual(before);
  });

  it('builds it on read for a relation written without it, and stores it at the next rename', async () => {
    const now = nowIso();
    const id = newId();
    await insertRelation(server.ctx.db.kysely, {
      id,
      workspaceId: team.workspace.id,
      fromId: cor,
      fromType: 'person',
      toId: kapelle,
      toType: 'organisation',
      type: 'works_with',
      directed: 0,
      strength: 2,
      since: null,
      until: null,
      note: null,
      source: null,
      version: 1,
      createdAt: now,
      updatedAt: now,
    });
    expect((await listed())[id]).toEqual(['Cor Dekker', 'Gemeente Kapelle (Zeeland)']);
    expect(await outdated()).toEqual([id]);
    await patch(`people/${cor}`, { name: 'Cor Dekker-Kole' });
    expect((await listed())[id]).toEqual(['Cor Dekker-Kole', 'Gemeente Kapelle (Zeeland)']);
    expect(await outdated()).toEqual([]);
  });

  it('deletes the relations of a deleted party with it', async () => {
    const removed = await server.request('DELETE', `${ws}/people/${bram}`, { token: team.editor.token });
    expect(removed.status).toBe(204);
    const relations = await listed();
    expect(relations[bramKnowsAnna]).toBeUndefined();
    expect(relations[kapelleKnowsCor]).toBeUndefined();
    expect(await outdated()).toEqual([]);
  });
});
