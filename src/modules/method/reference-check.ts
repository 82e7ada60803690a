import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import { badRequest, type ProblemDetail } from '../../http/errors.ts';

type Executor = Kysely<Database>;

/** The workspace records other records may point at, with the noun used in messages. */
const nouns = {
  people: 'person',
  organisations: 'organisation',
  themes: 'theme',
  groups: 'group',
  maturityModels: 'maturity model',
} as const;
export type ReferenceTable = keyof typeof nouns;

interface Wanted {
  order: number;
  table: ReferenceTable;
  pointer: string;
  id: string;
}

/**
 * Collects the references of a request body and checks them against one workspace, so that
 * every broken reference (unknown, other workspace, listed twice) is reported at once, each
 * at its own JSON pointer, with one query per referenced table.
 */
export class ReferenceCheck {
  private readonly wanted: Wanted[] = [];
  private readonly problems: (ProblemDetail & { order: number })[] = [];
  private order = 0;

  constructor(
    private readonly db: Executor,
    private readonly workspaceId: string,
  ) {}

  /** One optional reference, e.g. `one('people', '/clientId', input.clientId)`. */
  one(table: ReferenceTable, pointer: string, id: string | null | undefined): this {
    if (id) this.wanted.push({ order: this.order++, table, pointer, id });
    return this;
  }

  /** A list of references, each at most once; `suffix` points into list items, e.g. '/personId'. */
  list(table: ReferenceTable, pointer: string, ids: string[] | undefined, suffix = ''): this {
    const seen = new Set<string>();
    (ids ?? []).forEach((id, index) => {
      const at = `${pointer}/${index}${suffix}`;
      if (seen.has(id)) this.problem(at, 'duplicate', `This ${nouns[table]} is already in the list.`);
      else this.wanted.push({ order: this.order++, table, pointer: at, id });
      seen.add(id);
    });
    return this;
  }

  /** A problem found by the caller's own rules, reported with the reference problems. */
  problem(pointer: string, code: string, detail: string, order = this.order++): this {
    this.problems.push({ order, in: 'body', location: { pointer }, code, detail });
    return this;
  }

  /** Looks every reference up and throws a 400 listing every problem, in body order. */
  async verify(): Promise<void> {
    const byTable = new Map<ReferenceTable, Wanted[]>();
    for (const w of this.wanted) byTable.set(w.table, [...(byTable.get(w.table) ?? []), w]);
    for (const [table, wanted] of byTable) {
      const found = await existingIds(this.db, table, this.workspaceId, [...new Set(wanted.map((w) => w.id))]);
      for (const w of wanted) {
        if (!found.has(w.id)) this.problem(w.pointer, 'not_found', `No ${nouns[table]} with this id in this workspace.`, w.order);
      }
    }
    if (this.problems.length === 0) return;
    const sorted = [...this.problems].sort((a, b) => a.order - b.order).map(({ order: _order, ...problem }) => problem);
    throw badRequest(sorted.length === 1 ? (sorted[0]?.detail ?? 'Invalid input.') : `${sorted.length} problems in the request.`, sorted);
  }
}

/** Every workspace table whose rows other records may name by id. */
export type WorkspaceTable = ReferenceTable | 'interactions' | 'initiatives';

/** The ids among `ids` that are records of the table in the workspace. */
export async function existingIds(db: Executor, table: WorkspaceTable, workspaceId: string, ids: string[]): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const rows = await db.selectFrom(table).select('id').where('workspaceId', '=', workspaceId).where('id', 'in', ids).execute();
  return new Set(rows.map((r) => r.id));
}
