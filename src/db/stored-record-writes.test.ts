// Writes that store records built from other records wait for each other on PostgreSQL
// (stored-record-writes.ts): a rename held open makes the writes that would show the old name
// wait, and they show the new one. SQLite writes one transaction at a time already.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeWorkspace } from '../test/factories.ts';
import { startTestServer, type TestServer } from '../test/test-server.ts';
import { holdTransactionOpen, someoneWaitsOnAdvisoryLock } from '../test/held-transaction.ts';
import { peopleAffiliatedWith, peopleWithOutdatedRecords } from '../modules/people/person-lists.repository.ts';
import { refreshAffiliatedPeople } from '../modules/people/person.service.ts';
import { relationsWithOutdatedRecords, storeRecordsOfRelationsWith } from '../modules/relations/relation-record.repository.ts';
import { serialiseStoredRecordWrites } from './stored-record-writes.ts';
import { insertRelation } from '../modules/relations/relation.repository.ts';
import { newId } from '../lib/ids.ts';
import { nowIso } from '../lib/clock.ts';

describe('stored records under concurrent writes on postgres', () => {
  let server: TestServer;
  let team: Awaited<ReturnType<typeof makeWorkspace>>;
  let ws: string;
  let dirk: string;
  let tholen: string;

  const post = (path: string, body: object) => server.postNew(`${ws}/${path}`, { token: team.editor.token, body });

  beforeAll(async () => {
    server = await startTestServer('postgres');
    team = await makeWorkspace(server.ctx);
    ws = `/api/v1/workspaces/${team.workspace.id}`;
    dirk = await post('people', { name: 'Dirk Moerman' });
    tholen = await post('organisations', { name: 'Gemeente Tholen', kind: 'municipality' });
  });
  afterAll(() => server.close());

  it('makes a change of affiliations wait for an organisation being renamed in the same workspace', async () => {
    const db = server.ctx.db.kysely;
    // A rename, held open between its own writes and its commit, as a slow one would be.
    const rename = await holdTransactionOpen(db, async (trx) => {
      await serialiseStoredRecordWrites(trx, team.workspace.id);
      await trx.updateTable('organisations').set({ name: 'Gemeente Tholen (Zeeland)' }).where('id', '=', tholen).execute();
      await refreshAffiliatedPeople(trx, await peopleAffiliatedWith(trx, [tholen]));
    });
    const current = await server.request('GET', `${ws}/people/${dirk}`, { token: team.viewer.token });
    const joining = server.request('PATCH', `${ws}/people/${dirk}`, {
      token: team.editor.token,
      headers: { 'if-match': current.headers.get('etag')! },
      body: { affiliations: [{ organisationId: tholen }] },
    });
    // The change of affiliations waits on the rename's lock (it would otherwise store the old name).
    const waited = await someoneWaitsOnAdvisoryLock(db);
    await rename.release();

    expect(waited).toBe(true);
    expect((await joining).status).toBe(200);
    const read = await server.request('GET', `${ws}/people/${dirk}`, { token: team.viewer.token });
    expect(read.body.affiliations.map((a: { organisationName: string }) => a.organisationName)).toEqual(['Gemeente Tholen (Zeeland)']);
    expect(await peopleWithOutdatedRecords(db, team.workspace.id)).toEqual([]);
  });

  it('makes a new relation wait for a person at its end being renamed', async () => {
    const db = server.ctx.db.kysely;
    const rename = await holdTransactionOpen(db, async (trx) => {
      await serialiseStoredRecordWrites(trx, team.workspace.id);
      await trx.updateTable('people').set({ name: 'Dirk Moerman-Bos' }).where('id', '=', dirk).execute();
      await storeRecordsOfRelationsWith(trx, team.workspace.id, [dirk]);
    });
    const relating = server.request('POST', `${ws}/relations`, {
      token: team.editor.token,
      body: { from: dirk, to: tholen, type: 'advises' },
    });
    // The new relation waits on the rename's lock (it would otherwise store the old name).
    const waited = await someoneWaitsOnAdvisoryLock(db);
    await rename.release();

    expect(waited).toBe(true);
    expect((await relating).status).toBe(201);
    const page = await server.request('GET', `${ws}/relations`, { token: team.viewer.token });
    expect(page.body.data.map((r: { fromName: string; toName: string }) => [r.fromName, r.toName])).toEqual([
      ['Dirk Moerman-Bos', 'Gemeente Tholen (Zeeland)'],
    ]);
    expect(await relationsWithOutdatedRecords(db, team.workspace.id)).toEqual([]);
  });

  it('makes the deletion of a person wait for a relation being written to them, and deletes it too', async () => {
    const db = server.ctx.db.kysely;
    const leaving = await post('people', { name: 'Eva Leaving' });
    // A relation written as the API writes it, held open before its commit.
    const relating = await holdTransactionOpen(db, async (trx) => {
      await serialiseStoredRecordWrites(trx, team.workspace.id);
      const now = nowIso();
      const fields = { since: null, until: null, note: null, source: null, version: 1, createdAt: now, updatedAt: now };
      await insertRelation(trx, {
        ...fields,
        id: newId(),
        workspaceId: team.workspace.id,
        fromId: leaving,
        fromType: 'person',
        toId: tholen,
        toType: 'organisation',
        type: 'knows',
        directed: 0,
        strength: 3,
      });
    });
    const deleting = server.request('DELETE', `${ws}/people/${leaving}`, { token: team.editor.token });
    // The deletion waits on the relation's lock (it would otherwise miss the relation and leave it pointing at nobody).
    const waited = await someoneWaitsOnAdvisoryLock(db);
    await relating.release();

    expect(waited).toBe(true);
    expect((await deleting).status).toBe(204);
    const dangling = await db
      .selectFrom('relations')
      .select('id')
      .where((eb) => eb.or([eb('fromId', '=', leaving), eb('toId', '=', leaving)]))
      .execute();
    expect(dangling).toEqual([]);
  });
});
