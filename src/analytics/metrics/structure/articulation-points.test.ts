import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { KARATE_NODE_COUNT, karateEdgeList } from '../../fixtures/karate.ts';
import {
  barbellGraph,
  bridgedTrianglesGraph,
  buildSmallGraph,
  countOf,
  disconnectedGraph,
  pathGraph,
  referenceComponents,
  smallGraphArbitrary,
  starGraph,
  triangleGraph,
} from '../../fixtures/shapes.ts';
import { buildGraph } from '../../graph.ts';
import { articulationPoints, piecesWithout } from './articulation-points.ts';
import { bridges } from './bridges.ts';

/** Pieces as sorted member lists, for order-free comparison. */
function memberLists(pieces: ReadonlyArray<{ members: Int32Array }>): number[][] {
  return pieces.map((piece) => [...piece.members]).sort((x, y) => x[0]! - y[0]!);
}

describe('articulationPoints', () => {
  it('finds the inner nodes of a path and what each separates', () => {
    const graph = pathGraph(5);
    const result = articulationPoints(graph);
    expect([...result.points]).toEqual([1, 2, 3]);
    expect([...result.pieceCount]).toEqual([1, 2, 2, 2, 1]);
    expect([...result.cutOff]).toEqual([0, 1, 2, 1, 0]);
    const pieces = piecesWithout(graph, result, 2);
    expect(pieces.map((piece) => [piece.size, piece.representative, [...piece.members]])).toEqual([
      [2, 1, [0, 1]],
      [2, 3, [3, 4]],
    ]);
  });

  it('cuts every leaf off when the centre of a star leaves', () => {
    const graph = starGraph(4);
    const result = articulationPoints(graph);
    expect([...result.points]).toEqual([0]);
    expect(result.pieceCount[0]).toBe(4);
    expect(result.cutOff[0]).toBe(3);
    expect(memberLists(piecesWithout(graph, result, 0))).toEqual([[1], [2], [3], [4]]);
    expect(memberLists(piecesWithout(graph, result, 3))).toEqual([[0, 1, 2, 4]]);
  });

  it('finds none in a triangle', () => {
    const result = articulationPoints(triangleGraph());
    expect(result.points).toHaveLength(0);
    expect([...result.pieceCount]).toEqual([1, 1, 1]);
  });

  it('finds the ends of the bridge between two triangles', () => {
    const graph = bridgedTrianglesGraph();
    const result = articulationPoints(graph);
    expect([...result.points]).toEqual([2, 3]);
    expect(piecesWithout(graph, result, 3).map((piece) => [piece.representative, [...piece.members]])).toEqual([
      [2, [0, 1, 2]],
      [4, [4, 5]],
    ]);
  });

  it('finds the handle of a barbell', () => {
    const graph = barbellGraph(4, 2);
    const result = articulationPoints(graph);
    expect([...result.points]).toEqual([3, 4, 5, 6]);
    expect(memberLists(piecesWithout(graph, result, 4))).toEqual([
      [0, 1, 2, 3],
      [5, 6, 7, 8, 9],
    ]);
  });

  it('leaves isolated nodes and separate pieces alone', () => {
    const graph = disconnectedGraph();
    const result = articulationPoints(graph);
    expect(result.points).toHaveLength(0);
    expect([...result.pieceCount]).toEqual([1, 1, 1, 1, 1, 0]);
    expect(piecesWithout(graph, result, 5)).toEqual([]);
    expect(memberLists(piecesWithout(graph, result, 4))).toEqual([[3]]);
  });

  it('finds the instructor as the karate club’s only cut point', () => {
    const graph = buildGraph(KARATE_NODE_COUNT, karateEdgeList());
    const result = articulationPoints(graph);
    expect([...result.points]).toEqual([0]);
    expect(piecesWithout(graph, result, 0).map((piece) => piece.size)).toEqual([27, 5, 1]);
    expect(result.cutOff[0]).toBe(6);
  });

  it('reads a forest shared with the bridges', () => {
    const graph = barbellGraph(3, 1);
    const forest = bridges(graph).forest;
    const result = articulationPoints(graph, { forest });
    expect(result.forest).toBe(forest);
    expect([...result.points]).toEqual([2, 3, 4]);
  });

  it('walks a path of 100,000 nodes without recursion', () => {
    const result = articulationPoints(pathGraph(100_000));
    expect(result.points).toHaveLength(99_998);
    expect(result.cutOff[50_000]).toBe(49_999);
  });

  it('rejects a node outside the graph', () => {
    const graph = pathGraph(3);
    expect(() => piecesWithout(graph, articulationPoints(graph), 3)).toThrow(/^analytics\/metrics\/structure\/articulation-points: /);
  });

  it('agrees with removing each node in turn on random graphs', () => {
    fc.assert(
      fc.property(smallGraphArbitrary(), (small) => {
        const graph = buildSmallGraph(small);
        const result = articulationPoints(graph);
        const before = countOf(referenceComponents(small.nodeCount, small.pairs));
        for (let v = 0; v < small.nodeCount; v += 1) {
          const without = referenceComponents(small.nodeCount, small.pairs, { node: v });
          const after = countOf(without);
          expect(result.isCut[v] === 1).toBe(after > before);
          expect(result.pieceCount[v]).toBe(after - before + 1);
          // The pieces are exactly the components of v's old component once v is gone.
          const own = referenceComponents(small.nodeCount, small.pairs)[v];
          const expected = new Map<number, number[]>();
          referenceComponents(small.nodeCount, small.pairs).forEach((label, u) => {
            if (label === own && u !== v) expected.set(without[u]!, [...(expected.get(without[u]!) ?? []), u]);
          });
          const pieces = piecesWithout(graph, result, v);
          expect(memberLists(pieces)).toEqual([...expected.values()].sort((x, y) => x[0]! - y[0]!));
          const sizes = pieces.map((piece) => piece.size);
          expect(result.cutOff[v]).toBe(sizes.reduce((sum, size) => sum + size, 0) - Math.max(0, ...sizes));
          for (const piece of pieces) {
            expect(piece.members).toContain(piece.representative);
            expect(small.pairs.some(([a, b]) => (a === v && b === piece.representative) || (b === v && a === piece.representative))).toBe(
              true,
            );
          }
        }
      }),
    );
  });
});
