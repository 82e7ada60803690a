import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findArc } from '../graph.ts';
import { buildNetwork } from '../network/build-network.ts';
import { personIndex as p, region } from '../network/test-region.ts';
import { createShortestPaths } from '../traversal/shortest-paths.ts';
import { dijkstraSearch } from '../traversal/dijkstra.ts';
import { preparePaths, type PathIndex, type PathLengthOptions } from './path-index.ts';
import { bestPaths, pathLength } from './paths.ts';
import { arbitraryNetwork, toInput } from './random-network.ts';

const people = buildNetwork(region, { projection: 'people' });
const names = (nodes: number[]) => nodes.map((v) => people.nodeNames[v]!.split(' ')[0]);

describe('bestPaths on the test region', () => {
  const index = preparePaths(people);

  it('finds the best, second and third way from Eva to the mayor of Goes', () => {
    const { paths } = bestPaths(people, index, p('p-eva'), p('p-sander'));
    expect(paths.map((path) => names(path.nodes))).toEqual([
      ['Eva', 'Lotte', 'Sander'],
      ['Eva', 'Joris', 'Sander'],
      ['Eva', 'Fleur', 'Daan', 'Lotte', 'Sander'],
    ]);
    // (1/4 + 0.25) + (1/4 + 0.25); (1/5 + 0.25) + (1/2 + 0.25); 1.25 + 0.5 + (1/3 + 0.25) + 0.5
    expect(paths.map((path) => path.length)).toEqual([1, 1.2, expect.closeTo(2.8333, 4)]);
  });

  it('explains every hop with the relation behind it', () => {
    const [best] = bestPaths(people, index, p('p-eva'), p('p-sander'), { k: 1 }).paths;
    expect(best!.hops).toEqual([
      expect.objectContaining({
        from: 'p-eva',
        to: 'p-lotte',
        via: 'knows',
        strength: 4,
        since: '2019-03-20',
        relationId: 'r-eva-lotte',
        withDirection: true,
        length: 0.5,
      }),
      expect.objectContaining({ from: 'p-lotte', to: 'p-sander', via: 'advises', strength: 4, since: '2020-02-01', withDirection: true }),
    ]);
    const back = bestPaths(people, index, p('p-sander'), p('p-eva'), { k: 1 }).paths[0]!;
    expect(back.hops[0]).toMatchObject({ from: 'p-sander', to: 'p-lotte', via: 'advises', withDirection: false });
  });

  it('makes stale ties longer: measured on a date, Eva reaches Fleur through Lotte and Daan', () => {
    const undated = bestPaths(people, index, p('p-eva'), p('p-fleur'), { k: 1 }).paths[0]!;
    expect(names(undated.nodes)).toEqual(['Eva', 'Fleur']);
    const dated = preparePaths(people, { asOf: '2026-11-27' });
    const now = bestPaths(people, dated, p('p-eva'), p('p-fleur'), { k: 1 }).paths[0]!;
    expect(names(now.nodes)).toEqual(['Eva', 'Lotte', 'Daan', 'Fleur']);
    // Eva—Lotte last met 2025-01-10: 1.88 years, 1.38 of them stale, so 0.5 × (1 + 0.5 × 1.38).
    expect(now.hops[0]!.length).toBeCloseTo(
      0.5 * (1 + 0.5 * ((Date.parse('2026-11-27') - Date.parse('2025-01-10')) / 864e5 / 365.25 - 0.5)),
      6,
    );
  });

  it('walks directed relations only their way when asked', () => {
    const directed = preparePaths(people, { direction: 'out' });
    const back = bestPaths(people, directed, p('p-sander'), p('p-eva')).paths;
    expect(back.map((path) => names(path.nodes))).toEqual([['Sander', 'Joris', 'Eva']]);
  });

  it('returns no path to someone out of reach, and the trivial path to oneself', () => {
    expect(bestPaths(people, index, p('p-eva'), p('p-iris')).paths).toEqual([]);
    expect(bestPaths(people, index, p('p-eva'), p('p-eva')).paths).toEqual([
      { nodes: [p('p-eva')], nodeIds: ['p-eva'], length: 0, hops: [] },
    ]);
  });

  it('reaches organisations in the people-and-organisations network', () => {
    const mixed = buildNetwork(region);
    const at = (id: string) => mixed.nodeIds.indexOf(id);
    const best = bestPaths(mixed, preparePaths(mixed), at('p-eva'), at('o-goes'), { k: 1 }).paths[0]!;
    expect(best.hops.map((hop) => hop.via)).toEqual(['knows', 'affiliation']);
  });

  it('runs between organisations over their people’s relations', () => {
    const organisations = buildNetwork(region, { projection: 'organisations', onDate: '2024-06-01' });
    const at = (id: string) => organisations.nodeIds.indexOf(id);
    const best = bestPaths(organisations, preparePaths(organisations), at('o-kapelle-iv'), at('o-hz'), { k: 1 }).paths[0]!;
    // Eva—Fleur ended in 2023: Eva knows Lotte (Goes), Lotte works with Daan (province), Daan with Fleur (HZ).
    expect(best.nodeIds).toEqual(['o-kapelle-iv', 'o-goes', 'o-zeeland', 'o-hz']);
    expect(best.hops.map((hop) => hop.relationId)).toEqual(['r-eva-lotte', 'r-lotte-daan', 'r-daan-fleur']);
  });

  it('refuses nodes outside the network and k below 1', () => {
    expect(() => bestPaths(people, index, -1, 0)).toThrow(/source/);
    expect(() => bestPaths(people, index, 0, 99)).toThrow(/target/);
    expect(() => bestPaths(people, index, 0, 1, { k: 0 })).toThrow(/k must/);
  });
});

/** Every loopless path source→target by depth-first enumeration, with its length. */
function allSimplePaths(index: PathIndex, source: number, target: number): { nodes: number[]; length: number }[] {
  const found: { nodes: number[]; length: number }[] = [];
  const onPath = new Set<number>([source]);
  const walk = (nodes: number[], length: number) => {
    const v = nodes[nodes.length - 1]!;
    if (v === target) {
      found.push({ nodes: [...nodes], length });
      return;
    }
    for (let a = index.forward.offsets[v]!; a < index.forward.offsets[v + 1]!; a += 1) {
      const w = index.forward.targets[a]!;
      if (onPath.has(w)) continue;
      onPath.add(w);
      walk([...nodes, w], length + index.forwardLength[a]!);
      onPath.delete(w);
    }
  };
  walk([source], 0);
  return found;
}

const lengthOptions = fc.record<PathLengthOptions>({
  direction: fc.constantFrom('undirected' as const, 'out' as const),
  asOf: fc.constantFrom(null, '2026-06-01'),
});

describe('bestPaths properties', () => {
  it('the first path is as short as plain Dijkstra says', () => {
    fc.assert(
      fc.property(arbitraryNetwork(10, 25), lengthOptions, fc.nat(), fc.nat(), ({ size, relations }, options, s, t) => {
        const network = buildNetwork(toInput(size, relations), { projection: 'people' });
        const index = preparePaths(network, options);
        const source = s % size;
        const target = t % size;
        const oracle = createShortestPaths(network.graph, { direction: options.direction!, weighted: true });
        dijkstraSearch(oracle, index.forwardLength, source);
        const { paths } = bestPaths(network, index, source, target, { k: 1 });
        if (oracle.distance[target] === Infinity) expect(paths).toEqual([]);
        else expect(paths[0]!.length).toBeCloseTo(oracle.distance[target]!, 9);
      }),
      { numRuns: 300 },
    );
  });

  it('Yen’s paths are valid, loopless, distinct, in non-decreasing length, and the k shortest of all', () => {
    fc.assert(
      fc.property(arbitraryNetwork(7, 14), lengthOptions, fc.integer({ min: 1, max: 6 }), ({ size, relations }, options, k) => {
        const network = buildNetwork(toInput(size, relations), { projection: 'people' });
        const index = preparePaths(network, options);
        const { paths } = bestPaths(network, index, 0, size - 1, { k });
        const keys = new Set(paths.map((path) => path.nodes.join(',')));
        expect(keys.size).toBe(paths.length);
        for (const [i, path] of paths.entries()) {
          expect(path.nodes[0]).toBe(0);
          expect(path.nodes[path.nodes.length - 1]).toBe(size - 1);
          expect(new Set(path.nodes).size).toBe(path.nodes.length);
          for (let h = 0; h + 1 < path.nodes.length; h += 1)
            expect(findArc(index.forward, path.nodes[h]!, path.nodes[h + 1]!)).toBeGreaterThanOrEqual(0);
          expect(path.length).toBeCloseTo(pathLength(index, path.nodes), 9);
          if (i > 0) expect(path.length).toBeGreaterThanOrEqual(paths[i - 1]!.length - 1e-9);
        }
        const all = allSimplePaths(index, 0, size - 1)
          .map((path) => path.length)
          .sort((x, y) => x - y);
        expect(paths.length).toBe(Math.min(k, all.length));
        paths.forEach((path, i) => expect(path.length).toBeCloseTo(all[i]!, 9));
      }),
      { numRuns: 300 },
    );
  });
});
