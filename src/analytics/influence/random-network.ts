/**
 * Small random people networks for property tests: fast-check picks the relations, this
 * turns them into records. Kept beside the tests that use it.
 */
import fc from 'fast-check';
import type { NetworkInput, RelationRecord } from '../network/network.types.ts';

/** A relation as generated: ends as person numbers. */
export interface GeneratedRelation {
  from: number;
  to: number;
  strength: number;
  directed: boolean;
  /** Years before 2026 of the last interaction, or null for unknown. */
  age: number | null;
}

/** An arbitrary network of 2..maxPeople people and up to maxRelations relations. */
export function arbitraryNetwork(maxPeople = 8, maxRelations = 16): fc.Arbitrary<{ size: number; relations: GeneratedRelation[] }> {
  return fc.integer({ min: 2, max: maxPeople }).chain((size) =>
    fc.record({
      size: fc.constant(size),
      relations: fc.array(
        fc.record({
          from: fc.integer({ min: 0, max: size - 1 }),
          to: fc.integer({ min: 0, max: size - 1 }),
          strength: fc.integer({ min: 1, max: 5 }),
          directed: fc.boolean(),
          age: fc.option(fc.integer({ min: 0, max: 6 })),
        }),
        { maxLength: maxRelations },
      ),
    }),
  );
}

/** The records of a generated network; relations between a person and themselves are dropped. */
export function toInput(size: number, relations: GeneratedRelation[]): NetworkInput {
  const people = Array.from({ length: size }, (_, i) => ({ id: `p${i}`, name: `Person ${i}` }));
  const records: RelationRecord[] = relations
    .filter((r) => r.from !== r.to)
    .map((r, i) => ({
      id: `r${i}`,
      from: `p${r.from}`,
      to: `p${r.to}`,
      type: r.directed ? 'advises' : 'knows',
      directed: r.directed,
      strength: r.strength,
      since: null,
      until: null,
      lastInteractionOn: r.age === null ? null : `${2026 - r.age}-01-01`,
    }));
  return { people, organisations: [], affiliations: [], relations: records };
}
