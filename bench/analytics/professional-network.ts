/**
 * Seeded "professional networks" for the analytics benchmark: people working in
 * organisations, the way a regional or national Kring workspace looks.
 *
 * The model, deterministic from its seed:
 * - **Organisations of heavy-tailed sizes.** Sizes are drawn from a discrete Pareto
 *   distribution (minimum 4, exponent 1.4, at most a twentieth of everyone), so there are
 *   many small consultancies and associations and a few large municipalities and ministries.
 * - **Dense inside.** Every organisation is first tied together by a random recursive tree
 *   (each member knows one earlier member, so the organisation is connected), then filled
 *   with colleague ties, three in four within a team (members at most six places apart in
 *   the organisation) and the rest anywhere in it. Colleague ties are 80% of all relations.
 * - **Sparse across.** Every organisation gets one tie to an earlier one (so the whole
 *   network is connected), then random ties between people of different organisations
 *   make up 12% of all relations.
 * - **A few hubs.** One person in 500 (at least three) is a broker — an alderman, a
 *   regional programme manager, a supplier's account manager — holding the remaining 8% of
 *   relations, shared unequally (Pareto weights) and reaching into many organisations.
 * - **Average degree about 10**: relations = 5 × people, counted after removing duplicates.
 * - Strengths 1–5: strong inside teams, weaker across organisations.
 * - Person numbers are shuffled at the end, so neighbours are not stored near each other
 *   (as with database ids) and no algorithm profits from a friendly memory layout.
 */
import { randomInt, seededRng, shuffle, type Rng } from '../../src/analytics/random.ts';

export interface ProfessionalNetwork {
  readonly people: number;
  readonly sources: Int32Array;
  readonly targets: Int32Array;
  /** Strength 1–5 of each relation. */
  readonly weights: Float64Array;
  /** The organisation of each person. */
  readonly organisationOf: Int32Array;
  readonly organisationCount: number;
  /** The people generated as hubs. */
  readonly hubs: Int32Array;
}

export interface NetworkOptions {
  readonly people: number;
  readonly seed?: number;
  readonly averageDegree?: number;
}

const COLLEAGUE_SHARE = 0.8;
const ACROSS_SHARE = 0.12;
const TEAM_SHARE = 0.75;
const TEAM_REACH = 6;
const SMALLEST_ORGANISATION = 4;
const SIZE_EXPONENT = 1.4;
const PEOPLE_PER_HUB = 500;

/** Generates a professional network of `people` people (see the model above). */
export function professionalNetwork({ people, seed = 1, averageDegree = 10 }: NetworkOptions): ProfessionalNetwork {
  if (!(people >= SMALLEST_ORGANISATION * 2)) throw new Error(`bench/analytics: at least ${SMALLEST_ORGANISATION * 2} people`);
  const rng = seededRng(seed);
  const starts = organisationStarts(rng, people);
  const organisationCount = starts.length - 1;
  const organisationOf = new Int32Array(people);
  for (let o = 0; o < organisationCount; o += 1) organisationOf.fill(o, starts[o]!, starts[o + 1]!);

  const total = Math.round((averageDegree * people) / 2);
  const edges = new EdgeSet(people, total);
  addColleagues(rng, edges, starts, Math.round(total * COLLEAGUE_SHARE));
  addAcross(rng, edges, starts, organisationOf, Math.round(total * (COLLEAGUE_SHARE + ACROSS_SHARE)));
  const hubs = addHubs(rng, edges, organisationOf, total);

  // Shuffle person numbers so that stored order says nothing about the structure.
  const renumber = shuffle(
    rng,
    Int32Array.from({ length: people }, (_, i) => i),
  );
  const shuffledOrganisation = new Int32Array(people);
  for (let p = 0; p < people; p += 1) shuffledOrganisation[renumber[p]!] = organisationOf[p]!;
  const sources = edges.sources.slice(0, edges.size).map((p) => renumber[p]!);
  const targets = edges.targets.slice(0, edges.size).map((p) => renumber[p]!);
  return {
    people,
    sources,
    targets,
    weights: edges.weights.slice(0, edges.size),
    organisationOf: shuffledOrganisation,
    organisationCount,
    hubs: hubs.map((p) => renumber[p]!),
  };
}

/** Start index of each organisation, plus `people` at the end; sizes follow a discrete Pareto law. */
function organisationStarts(rng: Rng, people: number): number[] {
  const largest = Math.max(SMALLEST_ORGANISATION * 2, Math.floor(people / 20));
  const starts = [0];
  let placed = 0;
  while (placed < people) {
    const pareto = Math.floor(SMALLEST_ORGANISATION / Math.pow(1 - rng(), 1 / SIZE_EXPONENT));
    let size = Math.min(pareto, largest, people - placed);
    // Never leave a remainder too small to be an organisation of its own.
    if (people - placed - size < SMALLEST_ORGANISATION) size = people - placed;
    placed += size;
    starts.push(placed);
  }
  return starts;
}

function addColleagues(rng: Rng, edges: EdgeSet, starts: number[], target: number): void {
  for (let o = 0; o + 1 < starts.length; o += 1) {
    for (let p = starts[o]! + 1; p < starts[o + 1]!; p += 1) edges.add(p, starts[o]! + randomInt(rng, p - starts[o]!), 3);
  }
  const people = starts[starts.length - 1]!;
  const organisationOfStart = organisationIndex(starts);
  fill(edges, target, () => {
    const u = randomInt(rng, people);
    const o = organisationOfStart(u);
    const start = starts[o]!;
    const size = starts[o + 1]! - start;
    if (rng() < TEAM_SHARE) {
      const v = u + randomInt(rng, 2 * TEAM_REACH + 1) - TEAM_REACH;
      if (v >= start && v < start + size) edges.add(u, v, 3 + randomInt(rng, 3));
    } else edges.add(u, start + randomInt(rng, size), 2 + randomInt(rng, 3));
  });
}

function addAcross(rng: Rng, edges: EdgeSet, starts: number[], organisationOf: Int32Array, target: number): void {
  for (let o = 1; o + 1 < starts.length; o += 1) {
    const earlier = randomInt(rng, o);
    const u = starts[o]! + randomInt(rng, starts[o + 1]! - starts[o]!);
    const v = starts[earlier]! + randomInt(rng, starts[earlier + 1]! - starts[earlier]!);
    edges.add(u, v, 1 + randomInt(rng, 3));
  }
  const people = organisationOf.length;
  fill(edges, target, () => {
    const u = randomInt(rng, people);
    const v = randomInt(rng, people);
    if (organisationOf[u] !== organisationOf[v]) edges.add(u, v, 1 + randomInt(rng, 3));
  });
}

function addHubs(rng: Rng, edges: EdgeSet, organisationOf: Int32Array, target: number): Int32Array {
  const people = organisationOf.length;
  const hubs = Int32Array.from({ length: Math.max(3, Math.round(people / PEOPLE_PER_HUB)) }, () => randomInt(rng, people));
  // Unequal hubs: cumulative Pareto weights choose which hub gets the next tie.
  const cumulative: number[] = [];
  let sum = 0;
  for (let h = 0; h < hubs.length; h += 1) cumulative.push((sum += 1 / Math.pow(1 - rng(), 1 / 1.5)));
  fill(edges, target, () => {
    const pick = rng() * sum;
    let h = 0;
    while (cumulative[h]! < pick) h += 1;
    const hub = hubs[h]!;
    const other = rng() < 0.1 ? hubs[randomInt(rng, hubs.length)]! : randomInt(rng, people);
    if (organisationOf[other] !== organisationOf[hub] || rng() < 0.2) edges.add(hub, other, 2 + randomInt(rng, 4));
  });
  return hubs;
}

/** Calls `draw` until the edge set holds `target` edges (bounded, in case the target cannot be met). */
function fill(edges: EdgeSet, target: number, draw: () => void): void {
  for (let attempt = 0; edges.size < target && attempt < target * 50; attempt += 1) draw();
}

/** The organisation of a person index, by binary search over the starts. */
function organisationIndex(starts: number[]): (person: number) => number {
  return (person) => {
    let low = 0;
    let high = starts.length - 2;
    while (low < high) {
      const middle = (low + high + 1) >>> 1;
      if (starts[middle]! <= person) low = middle;
      else high = middle - 1;
    }
    return low;
  };
}

/** Distinct undirected edges without self-loops, in the order they were first added. */
class EdgeSet {
  readonly sources: Int32Array;
  readonly targets: Int32Array;
  readonly weights: Float64Array;
  size = 0;
  private readonly seen = new Set<number>();

  constructor(
    private readonly people: number,
    capacity: number,
  ) {
    this.sources = new Int32Array(capacity);
    this.targets = new Int32Array(capacity);
    this.weights = new Float64Array(capacity);
  }

  add(u: number, v: number, weight: number): void {
    if (u === v || this.size === this.sources.length) return;
    const key = u < v ? u * this.people + v : v * this.people + u;
    if (this.seen.has(key)) return;
    this.seen.add(key);
    this.sources[this.size] = u;
    this.targets[this.size] = v;
    this.weights[this.size] = weight;
    this.size += 1;
  }
}
