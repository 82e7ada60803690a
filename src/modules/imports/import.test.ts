// Importing people from a spreadsheet or an address book (POST …/imports): what a dry run
// shows, what an import writes in one go, what it skips, and every problem with its line.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dialects } from '../../test/databases.ts';
import { makeWorkspace } from '../../test/factories.ts';
import { startTestServer, type TestServer } from '../../test/test-server.ts';

/** A Dutch Excel export: byte-order mark, semicolons, a quoted field over two lines, a column Kring does not take. */
const SPREADSHEET = [
  '\uFEFFVoornaam;Tussenvoegsel;Achternaam;Functie;E-mailadres;Organisatie;Rol;Labels;Geboortedatum',
  'Anna;van;Voorbeeld;"Adviseur',
  'informatiebeheer";Anna@Example.org;gemeente goes;Teamleider;regio, data;1980-01-01',
  'Bert;;Proef;Beleidsmedewerker;bert@example.org;Waterschap Proefland;;;',
  '',
  'Cees;;Zonder Adres;;;;;;',
].join('\r\n');

const ADDRESS_BOOK = [
  'BEGIN:VCARD',
  'VERSION:3.0',
  'FN:Dirk Kaartje',
  'N:Kaartje;Dirk;;;',
  'ORG:Waterschap Proefland;Team Data',
  'TITLE:Data-analist',
  'EMAIL;TYPE=INTERNET,HOME:dirk.thuis@example.org',
  'EMAIL;TYPE=INTERNET,WORK:dirk@example.org',
  'TEL;TYPE=CELL:+31 6 1234',
  ' 5678',
  'CATEGORIES:regio,analyse',
  'END:VCARD',
  'BEGIN:VCARD',
  'VERSION:4.0',
  'N:Vcard;Eva;de;;',
  'EMAIL:eva@example.org',
  'END:VCARD',
  '',
].join('\r\n');

describe.each(dialects)('importing people on %s', (dialect) => {
  let server: TestServer;
  let team: Awaited<ReturnType<typeof makeWorkspace>>;
  let ws: string;
  let goes: string;

  const send = (body: unknown, token = team.editor.token) => server.request('POST', `${ws}/imports`, { token, body });
  const peopleCount = async () => (await server.request('GET', `${ws}/people?limit=200`, { token: team.viewer.token })).body.data.length;

  beforeAll(async () => {
    server = await startTestServer(dialect);
    team = await makeWorkspace(server.ctx);
    ws = `/api/v1/workspaces/${team.workspace.id}`;
    goes = await server.postNew(`${ws}/organisations`, { token: team.editor.token, body: { name: 'Gemeente Goes', kind: 'municipality' } });
  });

  afterAll(() => server.close());

  it('shows on a dry run what it would do, and writes nothing', async () => {
    const answer = await send({ format: 'csv', content: SPREADSHEET, dryRun: true });
    expect(answer.status).toBe(200);
    expect(answer.body.dryRun).toBe(true);
    expect(answer.body.ignoredColumns).toEqual(['Geboortedatum']);
    expect(answer.body.people.map((p: { line: number; name: string }) => [p.line, p.name])).toEqual([
      [2, 'Anna van Voorbeeld'],
      [4, 'Bert Proef'],
      [6, 'Cees Zonder Adres'],
    ]);
    expect(answer.body.people[0]).toMatchObject({
      jobTitle: 'Adviseur informatiebeheer',
      email: 'anna@example.org',
      organisation: 'gemeente goes',
      role: 'Teamleider',
      tags: ['regio', 'data'],
      outcome: 'create',
    });
    expect(answer.body.organisations).toEqual([
      { name: 'gemeente goes', outcome: 'existing', id: goes },
      { name: 'Waterschap Proefland', outcome: 'create' },
    ]);
    expect(answer.body.counts).toEqual({ peopleCreated: 3, peopleSkipped: 0, organisationsCreated: 1 });
    expect(await peopleCount()).toBe(0);
  });

  it('imports the people with their organisations and tags, then skips them when imported again', async () => {
    const answer = await send({ format: 'csv', content: SPREADSHEET, source: 'contacten.csv' });
    expect(answer.status).toBe(201);
    expect(answer.body.counts).toEqual({ peopleCreated: 3, peopleSkipped: 0, organisationsCreated: 1 });
    const anna = await server.request('GET', `${ws}/people/${answer.body.people[0].id}`, { token: team.viewer.token });
    expect(anna.body).toMatchObject({
      name: 'Anna van Voorbeeld',
      email: 'anna@example.org',
      source: 'contacten.csv',
      tags: ['data', 'regio'],
    });
    expect(anna.body.affiliations).toMatchObject([{ organisationId: goes, organisationName: 'Gemeente Goes', role: 'Teamleider' }]);
    const waterschap = answer.body.organisations[1].id;
    const bert = await server.request('GET', `${ws}/people?organisationId=${waterschap}`, { token: team.viewer.token });
    expect(bert.body.data.map((p: { name: string }) => p.name)).toEqual(['Bert Proef']);
    // The page shows each new person as reading them alone does (their stored record).
    const page = await server.request('GET', `${ws}/people?limit=10`, { token: team.viewer.token });
    for (const listed of page.body.data) {
      expect(listed).toStrictEqual((await server.request('GET', `${ws}/people/${listed.id}`, { token: team.viewer.token })).body);
    }
    const found = await server.request('GET', `${ws}/search?q=voorbeeld`, { token: team.viewer.token });
    expect(found.body.data.map((hit: { id: string }) => hit.id)).toContain(anna.body.id);

    const again = await send({ format: 'csv', content: SPREADSHEET });
    expect(again.status).toBe(201);
    expect(again.body.counts).toEqual({ peopleCreated: 0, peopleSkipped: 3, organisationsCreated: 0 });
    expect(again.body.people.map((p: { reason: string }) => p.reason)).toEqual(['email_exists', 'email_exists', 'name_exists']);
    expect(again.body.people[0].existing).toEqual({ id: anna.body.id, href: `${ws}/people/${anna.body.id}` });
    expect(await peopleCount()).toBe(3);
  });

  it('reads an address book, taking the work e-mail address and the first organisation', async () => {
    const answer = await send({ format: 'vcard', content: ADDRESS_BOOK });
    expect(answer.status).toBe(201);
    expect(answer.body.people).toMatchObject([
      {
        line: 1,
        name: 'Dirk Kaartje',
        jobTitle: 'Data-analist',
        email: 'dirk@example.org',
        phone: '+31 6 12345678',
        organisation: 'Waterschap Proefland',
        tags: ['regio', 'analyse'],
        outcome: 'create',
      },
      { line: 13, name: 'Eva de Vcard', email: 'eva@example.org', organisation: null, outcome: 'create' },
    ]);
    // The organisation the spreadsheet created is found by its name.
    expect(answer.body.organisations).toMatchObject([{ name: 'Waterschap Proefland', outcome: 'existing' }]);
  });

  it('takes the separator Excel names on a first line of its own', async () => {
    const content = 'sep=,\r\nNaam,Functie\r\n"Gijs, de Proef",Adviseur\r\n';
    const answer = await send({ format: 'csv', content, dryRun: true });
    expect(answer.body.people).toMatchObject([{ line: 3, name: 'Gijs, de Proef', jobTitle: 'Adviseur' }]);
  });

  it('reads a vCard 2.1 address book as Outlook writes it', async () => {
    const card = [
      'BEGIN:VCARD',
      'VERSION:2.1',
      'N;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:Proef;Jos=C3=A9',
      'FN;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:Jos=C3=A9 Proef',
      'ORG;CHARSET=Windows-1252;ENCODING=QUOTED-PRINTABLE:Stichting Zeeuwse Co=EBpera=',
      'tie',
      'TITLE:Adviseur',
      'TEL;HOME;VOICE:+31 6 0000 0000',
      'TEL;WORK;VOICE:+31 113 123 456',
      'EMAIL;PREF;INTERNET:jose.proef@example.org',
      'END:VCARD',
    ].join('\r\n');
    const answer = await send({ format: 'vcard', content: card, dryRun: true });
    expect(answer.status).toBe(200);
    expect(answer.body.people).toMatchObject([
      {
        line: 1,
        name: 'José Proef',
        jobTitle: 'Adviseur',
        organisation: 'Stichting Zeeuwse Coëperatie',
        phone: '+31 113 123 456',
        email: 'jose.proef@example.org',
      },
    ]);
  });

  it('skips a person the file holds twice', async () => {
    const content = 'Naam,E-mail\nFien Dubbel,fien@example.org\nFien Dubbel,FIEN@example.org\n';
    const answer = await send({ format: 'csv', content });
    expect(answer.body.people.map((p: { outcome: string; reason?: string }) => p.reason ?? p.outcome)).toEqual([
      'create',
      'duplicate_in_file',
    ]);
  });

  it('refuses a file with problems whole, naming every problem with its line and field', async () => {
    const before = await peopleCount();
    const content = [
      'Naam;E-mail;Telefoon',
      'Goed Persoon;goed@example.org;',
      'Fout Adres;geen-adres;',
      ';leeg@example.org;',
      'Fout Nummer;;bel mij',
    ].join('\n');
    const answer = await send({ format: 'csv', content });
    expect(answer.status).toBe(400);
    expect(answer.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    expect(answer.body.errors.map((e: { location: object; code: string }) => [e.location, e.code])).toEqual([
      [{ pointer: '/content', line: 3, field: 'email' }, 'invalid_format'],
      [{ pointer: '/content', line: 4, field: 'name' }, 'missing_name'],
      [{ pointer: '/content', line: 5, field: 'phone' }, 'invalid_format'],
    ]);
    expect(await peopleCount()).toBe(before);
  });

  it('says what is wrong with a file it cannot take', async () => {
    const codes = async (body: unknown) => (await send(body)).body.errors.map((e: { code: string }) => e.code);
    expect(await codes({ format: 'csv', content: 'E-mail;Telefoon\nx@example.org;\n' })).toEqual(['no_name_column']);
    expect(await codes({ format: 'csv', content: 'Naam\n' })).toEqual(['empty']);
    expect(await codes({ format: 'vcard', content: 'Naam\nAnna\n' })).toEqual(['empty']);
    expect(await codes({ format: 'csv', content: 'Naam\n"Anna\n' })).toContain('unparsable');
    const tooMany = `Naam\n${Array.from({ length: 10_001 }, (_, i) => `P${i}`).join('\n')}\n`;
    expect(await codes({ format: 'csv', content: tooMany })).toEqual(['too_many_rows']);
    expect((await send({ format: 'xlsx', content: 'x' })).body.errors[0].location).toEqual({ pointer: '/format' });
  });

  it('imports a thousand people at once, and finds them all the second time', async () => {
    const rows = Array.from({ length: 1000 }, (_, i) => `Collega ${i};collega${i}@example.org;Gemeente Goes;team ${i % 7}`);
    const content = ['Naam;E-mail;Organisatie;Labels', ...rows].join('\n');
    const first = await send({ format: 'csv', content });
    expect(first.body.counts).toEqual({ peopleCreated: 1000, peopleSkipped: 0, organisationsCreated: 0 });
    const members = await server.request('GET', `${ws}/people?organisationId=${goes}&limit=200&q=collega 99`, { token: team.viewer.token });
    expect(members.body.data.map((p: { name: string }) => p.name)).toEqual([
      'Collega 99',
      ...Array.from({ length: 10 }, (_, i) => `Collega ${990 + i}`),
    ]);
    const again = await send({ format: 'csv', content });
    expect(again.body.counts).toEqual({ peopleCreated: 0, peopleSkipped: 1000, organisationsCreated: 0 });
  });

  it('lets only editors import', async () => {
    expect((await send({ format: 'csv', content: 'Naam\nAnna\n' }, team.viewer.token)).status).toBe(403);
    expect((await send({ format: 'csv', content: 'Naam\nAnna\n' }, team.outsider.token)).status).toBe(404);
  });
});
