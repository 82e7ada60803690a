import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import { isUniqueViolation } from '../../db/dialect.ts';
import { badRequest, conflict, type ProblemDetail } from '../../http/errors.ts';
import { existingIds } from '../method/reference-check.ts';

type Executor = Kysely<Database>;

/** Tables whose rows a record of steps 4 and 5 may point at, each with an id and a workspace. */
export type ReferencedTable = 'people' | 'organisations' | 'themes' | 'interactions' | 'groups' | 'initiatives';

const nouns: Record<ReferencedTable, string> = {
  people: 'person',
  organisations: 'organisation',
  themes: 'theme',
  interactions: 'interaction',
  groups: 'group',
  initiatives: 'initiative',
};

/** The type of each id that names a person or an organisation of the workspace. */
export async function partyTypesOf(db: Executor, workspaceId: string, ids: string[]): Promise<Map<string, 'person' | 'organisation'>> {
  const [people, organisations] = await Promise.all([
    existingIds(db, 'people', workspaceId, ids),
    existingIds(db, 'organisations', workspaceId, ids),
  ]);
  return new Map([...[...people].map((id) => [id, 'person'] as const), ...[...organisations].map((id) => [id, 'organisation'] as const)]);
}

/** The names of people and organisations by id, for presenting parties. */
export async function partyNamesOf(db: Executor, ids: string[]): Promise<Map<string, string>> {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return new Map();
  const [people, organisations] = await Promise.all([
    db.selectFrom('people').select(['id', 'name']).where('id', 'in', unique).execute(),
    db.selectFrom('organisations').select(['id', 'name']).where('id', 'in', unique).execute(),
  ]);
  return new Map([...people, ...organisations].map((r) => [r.id, r.name]));
}

/** Presents rows that name a party, with the party's name: one lookup for a whole page. */
export async function withPartyNames<R extends { partyId: string }, T>(
  db: Executor,
  rows: R[],
  present: (row: R, partyName: string) => T,
): Promise<T[]> {
  const names = await partyNamesOf(
    db,
    rows.map((r) => r.partyId),
  );
  return rows.map((row) => present(row, names.get(row.partyId) ?? ''));
}

/**
 * Collects every broken reference of a request body, each at its own pointer, so that one
 * 400 reports them all.
 */
export class ReferenceCheck {
  private readonly problems: ProblemDetail[] = [];

  constructor(
    private readonly db: Executor,
    private readonly workspaceId: string,
  ) {}

  add(pointer: string, code: string, detail: string): void {
    this.problems.push({ in: 'body', location: { pointer }, code, detail });
  }

  /** One optional id; null and undefined pass. */
  async one(table: ReferencedTable, pointer: string, id: string | null | undefined): Promise<void> {
    if (!id) return;
    const found = await existingIds(this.db, table, this.workspaceId, [id]);
    if (!found.has(id)) this.add(pointer, 'not_found', `No ${nouns[table]} with this id in this workspace.`);
  }

  /** A list of ids: each must exist and appear once; `idAt` picks the id out of an item. */
  async list<T>(table: ReferencedTable, pointer: string, items: T[] | undefined, idAt: (item: T) => string, suffix = ''): Promise<void> {
    if (!items) return;
    const ids = items.map(idAt);
    const found = await existingIds(this.db, table, this.workspaceId, [...new Set(ids)]);
    const seen = new Set<string>();
    ids.forEach((id, index) => {
      const at = `${pointer}/${index}${suffix}`;
      if (seen.has(id)) this.add(at, 'duplicate', `This ${nouns[table]} is already in the list.`);
      else if (!found.has(id)) this.add(at, 'not_found', `No ${nouns[table]} with this id in this workspace.`);
      seen.add(id);
    });
  }

  /** A list of plain ids. */
  async ids(table: ReferencedTable, pointer: string, ids: string[] | undefined): Promise<void> {
    await this.list(table, pointer, ids, (id) => id);
  }

  /** A workspace member (user); owners of actions are members, not just accounts. */
  async member(pointer: string, userId: string | null | undefined): Promise<void> {
    if (!userId) return;
    const row = await this.db
      .selectFrom('memberships')
      .select('userId')
      .where('workspaceId', '=', this.workspaceId)
      .where('userId', '=', userId)
      .executeTakeFirst();
    if (!row) this.add(pointer, 'not_found', 'No member with this user id in this workspace.');
  }

  /** A person or an organisation; returns its type when found. */
  async party(pointer: string, id: string | undefined): Promise<'person' | 'organisation' | undefined> {
    if (!id) return undefined;
    const type = (await partyTypesOf(this.db, this.workspaceId, [id])).get(id);
    if (!type) this.add(pointer, 'not_found', 'No person or organisation with this id in this workspace.');
    return type;
  }

  /** Throws one 400 with every problem found, if any. */
  throwIfAny(): void {
    if (this.problems.length === 0) return;
    const detail =
      this.problems.length === 1 ? (this.problems[0]?.detail ?? 'Invalid input.') : `${this.problems.length} problems in the request.`;
    throw badRequest(detail, this.problems);
  }
}

/**
 * Runs a write that a unique key guards, answering 409 when a concurrent request won the
 * race past the service's own duplicate check (the database cannot be asked which row won
 * inside a failed PostgreSQL transaction, so the answer names none).
 */
export async function uniqueOr409<T>(write: Promise<T>, detail: string): Promise<T> {
  try {
    return await write;
  } catch (error) {
    if (isUniqueViolation(error)) throw conflict(detail);
    throw error;
  }
}
