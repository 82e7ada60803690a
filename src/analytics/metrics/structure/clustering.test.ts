import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { KARATE_NODE_COUNT, karateEdgeList } from '../../fixtures/karate.ts';
import { bridgedTrianglesGraph, buildSmallGraph, smallGraphArbitrary, starGraph, tiesOf, triangleGraph } from '../../fixtures/shapes.ts';
import { buildGraph, type Graph } from '../../graph.ts';
import { clustering } from './clustering.ts';

/** The definition, pair by pair: the share of a node's neighbour pairs that are tied. */
function bruteForceCoefficients(graph: Graph): number[] {
  const tied = new Set(tiesOf(graph).map(([u, v]) => `${u},${v}`));
  const neighbours = (v: number): number[] => tiesOf(graph).flatMap(([a, b]) => (a === v ? [b] : b === v ? [a] : []));
  return Array.from({ length: graph.nodeCount }, (_, v) => {
    const around = neighbours(v);
    let pairs = 0;
    let closed = 0;
    for (let i = 0; i < around.length; i += 1) {
      for (let j = i + 1; j < around.length; j += 1) {
        pairs += 1;
        if (tied.has(`${Math.min(around[i]!, around[j]!)},${Math.max(around[i]!, around[j]!)}`)) closed += 1;
      }
    }
    return pairs === 0 ? 0 : closed / pairs;
  });
}

describe('clustering', () => {
  it('is 1 everywhere in a triangle and 0 in a star', () => {
    const triangle = clustering(triangleGraph());
    expect([...triangle.coefficients]).toEqual([1, 1, 1]);
    expect([...triangle.triangles]).toEqual([1, 1, 1]);
    expect(triangle.transitivity).toBe(1);
    const star = clustering(starGraph(4));
    expect([...star.coefficients]).toEqual([0, 0, 0, 0, 0]);
    expect(star.average).toBe(0);
    expect(star.transitivity).toBe(0);
  });

  it('counts a bridge end as one closed pair out of three', () => {
    const result = clustering(bridgedTrianglesGraph());
    expect([...result.coefficients]).toEqual([1, 1, 1 / 3, 1 / 3, 1, 1]);
    expect(result.average).toBeCloseTo((4 + 2 / 3) / 6, 12);
    // Six closed corners out of ten connected triples.
    expect(result.transitivity).toBeCloseTo(0.6, 12);
  });

  it('matches the published karate club values', () => {
    const result = clustering(buildGraph(KARATE_NODE_COUNT, karateEdgeList()));
    expect(result.average).toBeCloseTo(0.5706384782, 8);
    expect(result.transitivity).toBeCloseTo(0.2556818182, 8);
    expect(result.triangles.reduce((sum, t) => sum + t, 0) / 3).toBe(45);
  });

  it('ignores weights', () => {
    const result = clustering(buildGraph(KARATE_NODE_COUNT, karateEdgeList(true)));
    expect(result.average).toBeCloseTo(0.5706384782, 8);
  });

  it('agrees with the definition on random graphs', () => {
    fc.assert(
      fc.property(smallGraphArbitrary(), (small) => {
        const graph = buildSmallGraph(small);
        const result = clustering(graph);
        const expected = bruteForceCoefficients(graph);
        expected.forEach((c, v) => expect(result.coefficients[v]).toBeCloseTo(c, 12));
        expect(result.average).toBeCloseTo(expected.reduce((sum, c) => sum + c, 0) / small.nodeCount, 12);
      }),
    );
  });
});
