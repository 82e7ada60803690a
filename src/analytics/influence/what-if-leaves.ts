/**
 * "If this person leaves": who loses their connection to the rest of the network, and
 * which ties go with them.
 *
 * The pieces come from the structure module's articulation points (Hopcroft & Tarjan,
 * "Algorithm 447", CACM 16(6), 1973): one depth-first pass over the whole network,
 * reusable for every person, after which the pieces a person's departure leaves cost
 * O(size of their component). Pass `structure` to reuse that pass across questions.
 *
 * Which piece stays: the one holding `keep` (the user's own person) when given, otherwise
 * the largest (of equal ones, the one with the smallest node index). Every other piece is cut off. A tie of the leaver is a bridge when its other
 * end has no other tie to the leaver's piece-mates, i.e. it is the only neighbour of the
 * leaver in its piece; those ties were the only line into that piece.
 */
import { articulationPoints, piecesWithout, type ArticulationPoints } from '../metrics/structure/articulation-points.ts';
import type { Piece } from '../metrics/structure/dfs-forest.ts';
import { describeTie, type TieDescription } from '../network/explain-ties.ts';
import { withDefaults } from '../network/network-options.ts';
import type { Network } from '../network/network.types.ts';
import { checkNode, named, type NamedNode } from './tie-summary.ts';

export interface WhatIfOptions {
  /** The node whose piece stays (e.g. the user's own person); -1: the largest piece stays. */
  keep?: number;
  /** At most this many members are listed per piece cut off (sizes are always complete). */
  memberLimit?: number;
  /** The articulation points of `network.graph`, when already computed. */
  structure?: ArticulationPoints | null;
}

export const WHAT_IF_DEFAULTS: Required<WhatIfOptions> = { keep: -1, memberLimit: 200, structure: null };

export interface CutOffPiece {
  readonly size: number;
  /** The leaver's contact through whom this piece was connected. */
  readonly via: NamedNode;
  /** The first `memberLimit` members, ascending by node index. */
  readonly members: Int32Array;
  readonly truncated: boolean;
}

export interface LostTie {
  readonly neighbour: NamedNode;
  /** True when this was the only tie between the leaver and the neighbour's piece. */
  readonly bridge: boolean;
  /** True when the neighbour's piece is cut off. */
  readonly cutOff: boolean;
  readonly ties: TieDescription[];
}

export interface WhatIfResult {
  readonly leaver: NamedNode;
  /** True when the departure splits the leaver's component. */
  readonly splits: boolean;
  /** The size of the piece that stays (0 when the leaver had no ties). */
  readonly remainingSize: number;
  /** The pieces that lose their connection, largest first. */
  readonly cutOff: CutOffPiece[];
  /** How many nodes lose their connection in all. */
  readonly cutOffCount: number;
  /** Every contact of the leaver and the ties that go. */
  readonly lostTies: LostTie[];
}

/** What the network loses when node `leaver` leaves (see the file header). */
export function whatIfLeaves(network: Network, leaver: number, options: WhatIfOptions = {}): WhatIfResult {
  const settings = withDefaults(WHAT_IF_DEFAULTS, options);
  checkNode(network, leaver, 'leaver', 'what-if-leaves');
  if (settings.keep !== -1) checkNode(network, settings.keep, 'keep', 'what-if-leaves');
  const structure = settings.structure ?? articulationPoints(network.graph);
  const pieces = piecesWithout(network.graph, structure, leaver);
  const staying = stayingPiece(pieces, settings.keep);

  const pieceOf = new Int32Array(network.graph.nodeCount);
  pieces.forEach((piece, i) => {
    for (const v of piece.members) pieceOf[v] = i;
  });
  const { offsets, targets } = network.graph.undirected;
  const neighboursInPiece = new Int32Array(pieces.length);
  for (let a = offsets[leaver]!; a < offsets[leaver + 1]!; a += 1) neighboursInPiece[pieceOf[targets[a]!]!]! += 1;

  const lostTies: LostTie[] = [];
  for (let a = offsets[leaver]!; a < offsets[leaver + 1]!; a += 1) {
    const neighbour = targets[a]!;
    const piece = pieceOf[neighbour]!;
    const items = network.tiesByArc.items.subarray(network.tiesByArc.offsets[a]!, network.tiesByArc.offsets[a + 1]!);
    lostTies.push({
      neighbour: named(network, neighbour),
      bridge: neighboursInPiece[piece] === 1,
      cutOff: piece !== staying,
      ties: [...items].map((t) => describeTie(network, t)),
    });
  }

  const cutOff = pieces
    .filter((_, i) => i !== staying)
    .map((piece) => ({
      size: piece.size,
      via: named(network, piece.representative),
      members: piece.members.slice(0, settings.memberLimit),
      truncated: piece.size > settings.memberLimit,
    }));
  return {
    leaver: named(network, leaver),
    splits: pieces.length >= 2,
    remainingSize: staying < 0 ? 0 : pieces[staying]!.size,
    cutOff,
    cutOffCount: cutOff.reduce((sum, piece) => sum + piece.size, 0),
    lostTies,
  };
}

/** The index of the piece that stays: the one holding `keep`, else the largest (equal sizes: the one with the smallest node). */
function stayingPiece(pieces: Piece[], keep: number): number {
  if (keep !== -1) {
    const holding = pieces.findIndex((piece) => binaryIncludes(piece.members, keep));
    if (holding !== -1) return holding;
  }
  let largest = -1;
  pieces.forEach((piece, i) => {
    const best = pieces[largest];
    if (best === undefined || piece.size > best.size || (piece.size === best.size && piece.members[0]! < best.members[0]!)) largest = i;
  });
  return largest;
}

function binaryIncludes(sorted: Int32Array, value: number): boolean {
  let low = 0;
  let high = sorted.length - 1;
  while (low <= high) {
    const middle = (low + high) >>> 1;
    if (sorted[middle] === value) return true;
    if (sorted[middle]! < value) low = middle + 1;
    else high = middle - 1;
  }
  return false;
}
