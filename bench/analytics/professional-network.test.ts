import { describe, expect, it } from 'vitest';
import { professionalNetwork } from './professional-network.ts';

const network = professionalNetwork({ people: 2000, seed: 7 });

function degrees(people: number, sources: Int32Array, targets: Int32Array): Int32Array {
  const degree = new Int32Array(people);
  for (let e = 0; e < sources.length; e += 1) {
    degree[sources[e]!]! += 1;
    degree[targets[e]!]! += 1;
  }
  return degree;
}

describe('professionalNetwork', () => {
  it('is the same for the same seed and differs for another', () => {
    const again = professionalNetwork({ people: 2000, seed: 7 });
    expect(again.sources).toEqual(network.sources);
    expect(again.weights).toEqual(network.weights);
    const other = professionalNetwork({ people: 2000, seed: 8 });
    expect(other.sources).not.toEqual(network.sources);
  });

  it('has average degree 10, no self-loops and no duplicate relations', () => {
    expect(network.sources.length).toBe((2000 * 10) / 2);
    const pairs = new Set<string>();
    for (let e = 0; e < network.sources.length; e += 1) {
      const [u, v] = [network.sources[e]!, network.targets[e]!].sort((a, b) => a - b);
      expect(u).not.toBe(v);
      pairs.add(`${u}-${v}`);
    }
    expect(pairs.size).toBe(network.sources.length);
  });

  it('is dense inside organisations and sparse across, with strengths 1 to 5', () => {
    let inside = 0;
    for (let e = 0; e < network.sources.length; e += 1) {
      if (network.organisationOf[network.sources[e]!] === network.organisationOf[network.targets[e]!]) inside += 1;
    }
    expect(inside / network.sources.length).toBeGreaterThan(0.75);
    expect(Math.min(...network.weights)).toBeGreaterThanOrEqual(1);
    expect(Math.max(...network.weights)).toBeLessThanOrEqual(5);
  });

  it('has heavy-tailed organisation sizes and hubs far above the average degree', () => {
    const sizes = new Int32Array(network.organisationCount);
    for (const o of network.organisationOf) sizes[o]! += 1;
    const sorted = Array.from(sizes).sort((a, b) => a - b);
    expect(sorted[0]).toBeGreaterThanOrEqual(4);
    expect(sorted[sorted.length - 1]!).toBeGreaterThan(8 * sorted[sorted.length >> 1]!);
    const degree = degrees(network.people, network.sources, network.targets);
    expect(Math.max(...Array.from(network.hubs, (h) => degree[h]!))).toBeGreaterThan(50);
  });

  it('is one connected network', () => {
    const parent = Int32Array.from({ length: network.people }, (_, i) => i);
    const root = (x: number): number => (parent[x] === x ? x : (parent[x] = root(parent[x]!)));
    for (let e = 0; e < network.sources.length; e += 1) parent[root(network.sources[e]!)] = root(network.targets[e]!);
    const roots = new Set(Array.from({ length: network.people }, (_, i) => root(i)));
    expect(roots.size).toBe(1);
  });
});
