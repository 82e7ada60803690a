/**
 * A small fictional professional network in the Bevelanden region, for tests: the
 * information manager of Kapelle (Eva) and the people she works with. Organisations are
 * public bodies; every person is made up. Relations (strength in brackets):
 *
 *   Eva — Joris     works with (5)      Joris — Sander   knows (2)
 *   Eva — Lotte     knows (4)           Lotte → Sander   advises (4), directed
 *   Eva — Noor      works with (3)      Noor — Bram      knows (4)
 *   Lotte — Daan    works with (3)      Daan — Fleur     works with (4)
 *   Eva — Fleur     knows (1), ended 2023
 *   Joris → Kapelle member of (3)       Kapelle — Goes   works with (4)
 *
 * Eva is in Kapelle's information team (a unit of Kapelle); Lotte and Sander in Goes;
 * Iris has no relations and left Borsele in 2018.
 */
import type { NetworkInput } from './network.types.ts';

export const region = {
  people: [
    { id: 'p-eva', name: 'Eva de Wit' },
    { id: 'p-joris', name: 'Joris Kramer' },
    { id: 'p-lotte', name: 'Lotte Maas' },
    { id: 'p-sander', name: 'Sander Bos' },
    { id: 'p-noor', name: 'Noor Willems' },
    { id: 'p-daan', name: 'Daan Hendriks' },
    { id: 'p-fleur', name: 'Fleur Jansen' },
    { id: 'p-bram', name: 'Bram Dekker' },
    { id: 'p-iris', name: 'Iris Smit' },
  ],
  organisations: [
    { id: 'o-kapelle', name: 'Gemeente Kapelle', parentId: null },
    { id: 'o-kapelle-iv', name: 'Team Informatievoorziening', parentId: 'o-kapelle' },
    { id: 'o-goes', name: 'Gemeente Goes', parentId: null },
    { id: 'o-borsele', name: 'Gemeente Borsele', parentId: null },
    { id: 'o-reimerswaal', name: 'Gemeente Reimerswaal', parentId: null },
    { id: 'o-zeeland', name: 'Provincie Zeeland', parentId: null },
    { id: 'o-hz', name: 'HZ University of Applied Sciences', parentId: null },
  ],
  affiliations: [
    { personId: 'p-eva', organisationId: 'o-kapelle-iv', role: 'informatiemanager', since: '2018-03-01', until: null },
    { personId: 'p-joris', organisationId: 'o-kapelle', role: 'wethouder', since: '2018-05-01', until: null },
    { personId: 'p-lotte', organisationId: 'o-goes', role: 'informatiemanager', since: '2017-01-01', until: null },
    { personId: 'p-sander', organisationId: 'o-goes', role: 'burgemeester', since: '2016-09-01', until: null },
    { personId: 'p-noor', organisationId: 'o-borsele', role: 'CIO', since: '2019-01-01', until: null },
    { personId: 'p-daan', organisationId: 'o-zeeland', role: 'beleidsadviseur', since: '2015-01-01', until: null },
    { personId: 'p-fleur', organisationId: 'o-hz', role: 'lector', since: '2021-09-01', until: null },
    { personId: 'p-bram', organisationId: 'o-reimerswaal', role: 'data-analist', since: '2022-02-01', until: null },
    { personId: 'p-iris', organisationId: 'o-borsele', role: 'adviseur', since: '2010-01-01', until: '2018-12-31' },
  ],
  relations: [
    {
      id: 'r-eva-joris',
      from: 'p-eva',
      to: 'p-joris',
      type: 'works_with',
      directed: false,
      strength: 5,
      since: '2019-01-15',
      until: null,
      lastInteractionOn: '2026-10-01',
    },
    {
      id: 'r-eva-lotte',
      from: 'p-eva',
      to: 'p-lotte',
      type: 'knows',
      directed: false,
      strength: 4,
      since: '2019-03-20',
      until: null,
      lastInteractionOn: '2025-01-10',
    },
    {
      id: 'r-lotte-sander',
      from: 'p-lotte',
      to: 'p-sander',
      type: 'advises',
      directed: true,
      strength: 4,
      since: '2020-02-01',
      until: null,
      lastInteractionOn: '2026-09-15',
    },
    {
      id: 'r-joris-sander',
      from: 'p-joris',
      to: 'p-sander',
      type: 'knows',
      directed: false,
      strength: 2,
      since: '2021-06-01',
      until: null,
      lastInteractionOn: null,
    },
    {
      id: 'r-eva-noor',
      from: 'p-eva',
      to: 'p-noor',
      type: 'works_with',
      directed: false,
      strength: 3,
      since: '2020-04-01',
      until: null,
      lastInteractionOn: '2026-11-01',
    },
    {
      id: 'r-noor-bram',
      from: 'p-noor',
      to: 'p-bram',
      type: 'knows',
      directed: false,
      strength: 4,
      since: '2018-06-01',
      until: null,
      lastInteractionOn: '2026-08-01',
    },
    {
      id: 'r-lotte-daan',
      from: 'p-lotte',
      to: 'p-daan',
      type: 'works_with',
      directed: false,
      strength: 3,
      since: '2020-05-01',
      until: null,
      lastInteractionOn: '2026-07-01',
    },
    {
      id: 'r-daan-fleur',
      from: 'p-daan',
      to: 'p-fleur',
      type: 'works_with',
      directed: false,
      strength: 4,
      since: '2022-09-01',
      until: null,
      lastInteractionOn: '2026-06-01',
    },
    {
      id: 'r-eva-fleur',
      from: 'p-eva',
      to: 'p-fleur',
      type: 'knows',
      directed: false,
      strength: 1,
      since: '2022-10-01',
      until: '2023-12-31',
      lastInteractionOn: '2023-05-01',
    },
    {
      id: 'r-joris-kapelle',
      from: 'p-joris',
      to: 'o-kapelle',
      type: 'member_of',
      directed: true,
      strength: 3,
      since: '2018-05-01',
      until: null,
    },
    {
      id: 'r-kapelle-goes',
      from: 'o-kapelle',
      to: 'o-goes',
      type: 'works_with',
      directed: false,
      strength: 4,
      since: '2022-01-01',
      until: null,
    },
  ],
} satisfies NetworkInput;

/** The node index of a person in the people projection (people come first, in order). */
export function personIndex(id: string): number {
  const index = region.people.findIndex((p) => p.id === id);
  if (index < 0) throw new Error(`no person ${id} in the test region`);
  return index;
}
