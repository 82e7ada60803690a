/**
 * The endpoints the scale benchmark measures, each with the repository call (the bare SQL)
 * it runs, so the runner can compare the endpoint with the query alone.
 */
import type { Db } from '../src/db/dialect.ts';
import { findPersonWithDetails, listPeopleAsJson } from '../src/modules/people/person.repository.ts';
import { listRelationsAsJson } from '../src/modules/relations/relation.repository.ts';
import { searchMatches } from '../src/db/search-match.ts';
import { encodeCursor } from '../src/http/pagination.ts';
import { listPeopleQuery } from '../src/modules/people/person.schema.ts';
import { listRelationsQuery } from '../src/modules/relations/relation.schema.ts';
import { searchTerms } from '../src/lib/text.ts';
import { displayNameColumns } from '../src/modules/search/search-document.repository.ts';
import type { Precondition, QueryPrecondition } from '../src/db/precondition.ts';
import { credentialPrecondition, type CredentialRow } from '../src/modules/access/authenticate.ts';
import { hashSecret } from '../src/lib/ids.ts';

export interface Endpoint {
  name: string;
  /** Paths to cycle through (one is chosen per request). */
  paths: string[];
  /** The same work done directly against the database, one call; after the credential check when one is given. */
  sql: (i: number, credential?: Precondition) => Promise<unknown>;
  /** What the client accepts as Content-Encoding; `identity` (no compression) unless set. */
  acceptEncoding?: string;
}

/**
 * The check every request with this token makes before its own query, a new one per request:
 * the credential and the role in the workspace. The endpoints measured carry it in their own
 * statement on PostgreSQL, as the server does (src/db/precondition.ts).
 */
export function credentialCheck(workspaceId: string, token: string, db: Db): () => QueryPrecondition<CredentialRow> {
  const credential = { via: 'token', hash: hashSecret(token) } as const;
  return () => credentialPrecondition(db.kysely, credential, workspaceId);
}

/** Picks sample ids from the benchmark workspace and builds the endpoint list. */
export async function benchEndpoints(db: Db, workspaceId: string): Promise<Endpoint[]> {
  const k = db.kysely;
  const base = `/api/v1/workspaces/${workspaceId}`;
  const people = await k
    .selectFrom('people')
    .select(['id', 'sortName'])
    .where('workspaceId', '=', workspaceId)
    .orderBy('id')
    .limit(500)
    .execute();
  const middle = await k
    .selectFrom('people')
    .select(['id', 'sortName'])
    .where('workspaceId', '=', workspaceId)
    .orderBy('sortName')
    .orderBy('id')
    .offset(50_000)
    .limit(1)
    .executeTakeFirst();
  const organisations = await k
    .selectFrom('affiliations')
    .select('organisationId')
    .where('workspaceId', '=', workspaceId)
    .groupBy('organisationId')
    .orderBy('organisationId')
    .limit(200)
    .execute();
  const hubs = await k.selectFrom('relations').select('fromId').where('workspaceId', '=', workspaceId).orderBy('id').limit(200).execute();
  const namePrefixes = (word: (words: string[]) => string) =>
    [...new Set(people.map((p) => word(p.sortName.split(' ')).slice(0, 4)))].slice(0, 50);
  // The first four letters of first names (a name begins with them) and of surnames (a word
  // of the name does): the two ways a name is typed into the search box.
  const prefixes = namePrefixes((words) => words[0]!);
  const surnamePrefixes = namePrefixes((words) => words.at(-1)!);
  const pick = <T>(list: T[], i: number) => list[i % list.length]!;
  const cursor = middle ? encodeCursor({ value: middle.sortName, id: middle.id }) : undefined;
  const peopleQuery = (extra: Record<string, string>) => listPeopleQuery.parse({ limit: '50', ...extra });
  const relationsQuery = (extra: Record<string, string>) => listRelationsQuery.parse({ limit: '50', ...extra });

  return [
    {
      name: 'read a person',
      paths: people.map((p) => `${base}/people/${p.id}`),
      sql: (i, credential) => findPersonWithDetails(k, workspaceId, pick(people, i).id, credential),
    },
    {
      name: 'list people, first page',
      paths: [`${base}/people?limit=50`],
      sql: (_, credential) => listPeopleAsJson(k, workspaceId, peopleQuery({}), credential),
    },
    {
      // As a browser asks for it: compressed (Brotli).
      name: 'list people, first page, compressed',
      paths: [`${base}/people?limit=50`],
      sql: (_, credential) => listPeopleAsJson(k, workspaceId, peopleQuery({}), credential),
      acceptEncoding: 'br',
    },
    {
      name: 'list people, page 1,000',
      paths: [`${base}/people?limit=50&cursor=${cursor}`],
      sql: (_, credential) => listPeopleAsJson(k, workspaceId, peopleQuery({ cursor: cursor! }), credential),
    },
    {
      name: 'filter people by organisation',
      paths: organisations.map((o) => `${base}/people?limit=50&organisationId=${o.organisationId}`),
      sql: (i, credential) =>
        listPeopleAsJson(k, workspaceId, peopleQuery({ organisationId: pick(organisations, i).organisationId }), credential),
    },
    {
      name: 'filter relations by party',
      paths: hubs.map((h) => `${base}/relations?limit=50&partyId=${h.fromId}`),
      sql: (i, credential) => listRelationsAsJson(k, workspaceId, relationsQuery({ partyId: pick(hubs, i).fromId }), credential),
    },
    {
      name: 'filter relations by type',
      paths: [`${base}/relations?limit=50&type=advises`],
      sql: (_, credential) => listRelationsAsJson(k, workspaceId, relationsQuery({ type: 'advises' }), credential),
    },
    searchEndpoint('search', prefixes),
    searchEndpoint('search, surnames', surnamePrefixes),
    // An organisation picker, typed into: the organisations are read whole (src/db/search-by-kind.ts).
    searchEndpoint('search, organisations', [...new Set(prefixes.map((prefix) => prefix.slice(0, 2)))], ['organisation']),
  ];

  function searchEndpoint(name: string, queries: string[], types?: string[]): Endpoint {
    const typesParameter = types ? `&types=${types.join(',')}` : '';
    return {
      name,
      paths: queries.map((q) => `${base}/search?q=${encodeURIComponent(q)}${typesParameter}`),
      sql: (i, credential) =>
        searchMatches(
          db,
          workspaceId,
          searchTerms(pick(queries, i)),
          types ?? ['person', 'organisation', 'theme'],
          10,
          displayNameColumns,
          credential,
        ),
    };
  }
}
