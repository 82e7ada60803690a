/**
 * The benchmark network as rows, without any database: organisations, people with their
 * affiliations, relations and search documents. Pure and seeded, so it can be tested and
 * the same seed always loads the same network.
 */
import { fold } from '../src/lib/text.ts';
import { planOrganisations } from './plan-organisations.ts';
import { planPeople } from './plan-people.ts';
import { planRelations } from './plan-relations.ts';
import type { AffiliationRow, OrganisationRow, PersonRow, PlanOptions, RelationRow, SearchDocumentRow } from './plan-types.ts';
import { createRng, deriveSeed } from './rng.ts';

export type { AffiliationRow, OrganisationRow, PersonRow, PlanOptions, RelationRow, SearchDocumentRow };

export interface NetworkPlan {
  organisations: OrganisationRow[];
  people: PersonRow[];
  affiliations: AffiliationRow[];
  /** Relations are generated on demand: a million objects need not live at once. */
  relations(): Generator<RelationRow>;
  searchDocuments(): Generator<SearchDocumentRow>;
}

// Each table draws from its own stream, so planning one never shifts another's values.
const STREAM = { organisations: 1, people: 2, relations: 3 } as const;

/** Plans the network for the options; throws when the sizes cannot form a simple network. */
export function planNetwork(options: PlanOptions): NetworkPlan {
  const { people: peopleCount, relations: relationCount, seed, workspaceId, createdAt } = options;
  if (!Number.isInteger(peopleCount) || peopleCount < 2) throw new Error('bench/network-plan: need at least 2 people');
  if (!Number.isInteger(relationCount) || relationCount < 0) throw new Error('bench/network-plan: relations must be ≥ 0');
  // Far below the number of possible pairs, so drawing a fresh pair never takes long.
  if (relationCount > (peopleCount * (peopleCount - 1)) / 4) throw new Error('bench/network-plan: too many relations for so few people');

  const orgs = planOrganisations(createRng(deriveSeed(seed, STREAM.organisations)), workspaceId, createdAt, options.municipalities ?? 342);
  const people = planPeople(createRng(deriveSeed(seed, STREAM.people)), orgs, peopleCount, workspaceId, createdAt);

  return {
    organisations: orgs.rows,
    people: people.rows,
    affiliations: people.affiliations,
    relations: () => planRelations(createRng(deriveSeed(seed, STREAM.relations)), people, orgs.rows, relationCount, workspaceId, createdAt),
    *searchDocuments() {
      const byId = new Map(orgs.rows.map((o) => [o.id, o]));
      for (const o of orgs.rows) {
        const parent = o.parentId ? byId.get(o.parentId)?.name : undefined;
        yield { entityId: o.id, workspaceId, entityType: 'organisation', title: o.sortName, body: fold(parent ?? '') };
      }
      for (const [i, p] of people.rows.entries()) {
        const second = people.secondOrg[i] ?? -1;
        const names = [orgs.rows[people.employer[i] ?? 0]?.name, second >= 0 ? orgs.rows[second]?.name : undefined];
        yield {
          entityId: p.id,
          workspaceId,
          entityType: 'person',
          title: p.sortName,
          body: fold([p.jobTitle, ...names].filter(Boolean).join(' ')),
        };
      }
    },
  };
}
