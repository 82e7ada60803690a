/**
 * A growable column store for ties: typed arrays that double when full, so a million
 * relations become a handful of arrays rather than a million objects.
 */
import { TIE_RELATION, type RelationRecord, type Ties } from './network.types.ts';

/** One tie's fields, as handed to `TieTable.add`. */
export interface TieFields {
  kind: number;
  from: number;
  to: number;
  directed: boolean;
  strength: number;
  weight: number;
  type: string;
  since: string | null;
  lastInteraction: string | null;
  relationId: string | null;
  fromParty: string;
  toParty: string;
  organisationId: string | null;
  role: string | null;
}

/** Collects ties row by row, then hands them over as `Ties` columns. */
export class TieTable {
  private size = 0;
  private kind: Uint8Array;
  private from: Int32Array;
  private to: Int32Array;
  private directed: Uint8Array;
  private strength: Uint8Array;
  private weight: Float64Array;
  private readonly type: string[];
  private readonly since: (string | null)[];
  private readonly lastInteraction: (string | null)[];
  private readonly relationId: (string | null)[];
  private readonly fromParty: string[];
  private readonly toParty: string[];
  private readonly organisationId: (string | null)[];
  private readonly role: (string | null)[];

  constructor(capacity: number) {
    const initial = Math.max(capacity, 16);
    this.kind = new Uint8Array(initial);
    this.from = new Int32Array(initial);
    this.to = new Int32Array(initial);
    this.directed = new Uint8Array(initial);
    this.strength = new Uint8Array(initial);
    this.weight = new Float64Array(initial);
    // Sized up front and written by index: a million pushes would copy each array a dozen times.
    this.type = new Array<string>(initial);
    this.since = new Array<string | null>(initial);
    this.lastInteraction = new Array<string | null>(initial);
    this.relationId = new Array<string | null>(initial);
    this.fromParty = new Array<string>(initial);
    this.toParty = new Array<string>(initial);
    this.organisationId = new Array<string | null>(initial);
    this.role = new Array<string | null>(initial);
  }

  get count(): number {
    return this.size;
  }

  /** Adds a relation tie without an intermediate object: there may be a million of them. */
  addRelation(relation: RelationRecord, from: number, to: number, directed: boolean, strength: number, weight: number): void {
    if (this.size === this.kind.length) this.grow();
    const t = this.size++;
    this.kind[t] = TIE_RELATION;
    this.from[t] = from;
    this.to[t] = to;
    this.directed[t] = directed ? 1 : 0;
    this.strength[t] = strength;
    this.weight[t] = weight;
    this.type[t] = relation.type;
    this.since[t] = relation.since ?? null;
    this.lastInteraction[t] = relation.lastInteractionOn ?? relation.updatedAt ?? null;
    this.relationId[t] = relation.id;
    this.fromParty[t] = relation.from;
    this.toParty[t] = relation.to;
    this.organisationId[t] = null;
    this.role[t] = null;
  }

  add(tie: TieFields): void {
    if (this.size === this.kind.length) this.grow();
    const t = this.size++;
    this.kind[t] = tie.kind;
    this.from[t] = tie.from;
    this.to[t] = tie.to;
    this.directed[t] = tie.directed ? 1 : 0;
    this.strength[t] = tie.strength;
    this.weight[t] = tie.weight;
    this.type[t] = tie.type;
    this.since[t] = tie.since;
    this.lastInteraction[t] = tie.lastInteraction;
    this.relationId[t] = tie.relationId;
    this.fromParty[t] = tie.fromParty;
    this.toParty[t] = tie.toParty;
    this.organisationId[t] = tie.organisationId;
    this.role[t] = tie.role;
  }

  /** The collected ties, trimmed to their count. */
  finish(): Ties {
    const n = this.size;
    for (const column of [
      this.type,
      this.since,
      this.lastInteraction,
      this.relationId,
      this.fromParty,
      this.toParty,
      this.organisationId,
      this.role,
    ]) {
      column.length = n;
    }
    return {
      count: n,
      kind: this.kind.slice(0, n),
      from: this.from.slice(0, n),
      to: this.to.slice(0, n),
      directed: this.directed.slice(0, n),
      strength: this.strength.slice(0, n),
      weight: this.weight.slice(0, n),
      type: this.type,
      since: this.since,
      lastInteraction: this.lastInteraction,
      relationId: this.relationId,
      fromParty: this.fromParty,
      toParty: this.toParty,
      organisationId: this.organisationId,
      role: this.role,
    };
  }

  private grow(): void {
    const capacity = this.kind.length * 2;
    this.kind = resized(this.kind, new Uint8Array(capacity));
    this.from = resized(this.from, new Int32Array(capacity));
    this.to = resized(this.to, new Int32Array(capacity));
    this.directed = resized(this.directed, new Uint8Array(capacity));
    this.strength = resized(this.strength, new Uint8Array(capacity));
    this.weight = resized(this.weight, new Float64Array(capacity));
  }
}

function resized<T extends Uint8Array | Int32Array | Float64Array>(old: T, next: T): T {
  next.set(old as never);
  return next;
}
