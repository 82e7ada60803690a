import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { articulationPoints } from '../metrics/structure/articulation-points.ts';
import { buildNetwork } from '../network/build-network.ts';
import { personIndex as p, region } from '../network/test-region.ts';
import { arbitraryNetwork, toInput } from './random-network.ts';
import { whatIfLeaves } from './what-if-leaves.ts';

const people = buildNetwork(region, { projection: 'people' });
const ids = (members: Int32Array) => [...members].map((v) => people.nodeIds[v]);

describe('whatIfLeaves on the test region', () => {
  it('Eva leaving cuts Noor and Bram off; her ties to Noor were their only line', () => {
    const answer = whatIfLeaves(people, p('p-eva'));
    expect(answer.splits).toBe(true);
    expect(answer.remainingSize).toBe(5);
    expect(answer.cutOff.map((piece) => ({ size: piece.size, via: piece.via.id, members: ids(piece.members) }))).toEqual([
      { size: 2, via: 'p-noor', members: ['p-noor', 'p-bram'] },
    ]);
    expect(answer.cutOffCount).toBe(2);
    const lost = Object.fromEntries(answer.lostTies.map((tie) => [tie.neighbour.id, [tie.bridge, tie.cutOff, tie.ties.map((t) => t.via)]]));
    expect(lost).toEqual({
      'p-joris': [false, false, ['works_with']],
      'p-lotte': [false, false, ['knows']],
      'p-noor': [true, true, ['works_with']],
      'p-fleur': [false, false, ['knows']],
    });
  });

  it('Lotte leaving splits nothing: Sander and Daan stay reachable through Joris and Fleur', () => {
    const answer = whatIfLeaves(people, p('p-lotte'));
    expect(answer).toMatchObject({ splits: false, cutOff: [], cutOffCount: 0, remainingSize: 7 });
    expect(answer.lostTies.map((tie) => tie.bridge)).toEqual([false, false, false]);
  });

  it('keeps the piece of the user’s own person, however small', () => {
    const answer = whatIfLeaves(people, p('p-noor'), { keep: p('p-bram') });
    expect(answer.remainingSize).toBe(1);
    expect(answer.cutOff.map((piece) => piece.size)).toEqual([6]);
    expect(answer.cutOff[0]!.via.id).toBe('p-eva');
  });

  it('lists at most memberLimit members but counts them all', () => {
    const answer = whatIfLeaves(people, p('p-noor'), { keep: p('p-bram'), memberLimit: 2 });
    expect(answer.cutOff[0]).toMatchObject({ size: 6, truncated: true });
    expect(answer.cutOff[0]!.members.length).toBe(2);
  });

  it('of two equal pieces, the one with the smallest node stays', () => {
    const line = buildNetwork(
      toInput(3, [
        { from: 2, to: 1, strength: 3, directed: false, age: null },
        { from: 1, to: 0, strength: 3, directed: false, age: null },
      ]),
      {
        projection: 'people',
      },
    );
    const answer = whatIfLeaves(line, 1);
    expect(answer.remainingSize).toBe(1);
    expect(answer.cutOff.map((piece) => [...piece.members])).toEqual([[2]]);
  });

  it('a person without ties leaves nothing behind', () => {
    expect(whatIfLeaves(people, p('p-iris'))).toMatchObject({ splits: false, remainingSize: 0, cutOff: [], lostTies: [] });
  });

  it('refuses nodes outside the network', () => {
    expect(() => whatIfLeaves(people, 50)).toThrow(/leaver 50/);
    expect(() => whatIfLeaves(people, 0, { keep: 50 })).toThrow(/keep 50/);
  });
});

/** Component labels of the undirected relations, leaving out one node and optionally one more tie. */
function componentsWithout(size: number, pairs: [number, number][], gone: number, goneTie?: [number, number]): Int32Array {
  const parent = Int32Array.from({ length: size }, (_, v) => v);
  const find = (v: number): number => (parent[v] === v ? v : (parent[v] = find(parent[v]!)));
  for (const [u, v] of pairs) {
    if (u === gone || v === gone) continue;
    if (goneTie && ((u === goneTie[0] && v === goneTie[1]) || (u === goneTie[1] && v === goneTie[0]))) continue;
    parent[find(u)] = find(v);
  }
  return Int32Array.from({ length: size }, (_, v) => find(v));
}

describe('whatIfLeaves properties', () => {
  it('agrees with removing the node and recomputing components', () => {
    fc.assert(
      fc.property(arbitraryNetwork(12, 24), fc.nat(), fc.nat(), ({ size, relations }, l, k) => {
        const network = buildNetwork(toInput(size, relations), { projection: 'people' });
        const leaver = l % size;
        const keep = k % size === leaver ? -1 : k % size;
        const answer = whatIfLeaves(network, leaver, { keep, structure: articulationPoints(network.graph), memberLimit: size });
        const pairs = relations.filter((r) => r.from !== r.to).map((r) => [r.from, r.to] as [number, number]);
        const before = componentsWithout(size, pairs, -1);
        const after = componentsWithout(size, pairs, leaver);
        // The leaver's component without the leaver, grouped by the new components.
        const groups = new Map<number, number[]>();
        for (let v = 0; v < size; v += 1) {
          if (v === leaver || before[v] !== before[leaver]) continue;
          groups.set(after[v]!, [...(groups.get(after[v]!) ?? []), v]);
        }
        const staying =
          keep !== -1 && before[keep] === before[leaver]
            ? after[keep]!
            : [...groups.entries()].sort((x, y) => y[1].length - x[1].length || x[1][0]! - y[1][0]!)[0]?.[0];
        const expectedCutOff = [...groups.entries()]
          .filter(([label]) => label !== staying)
          .map(([, members]) => members.join(','))
          .sort();
        expect(answer.cutOff.map((piece) => [...piece.members].join(',')).sort()).toEqual(expectedCutOff);
        expect(answer.splits).toBe(groups.size >= 2);
        for (const tie of answer.lostTies) {
          const cut = componentsWithout(size, pairs, -1, [leaver, tie.neighbour.index]);
          expect(tie.bridge).toBe(cut[leaver] !== cut[tie.neighbour.index]);
        }
      }),
      { numRuns: 300 },
    );
  });
});
