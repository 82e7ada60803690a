import type { Paths } from '../../api/types.ts';

type Path = Paths['paths'][number];
export type Hop = Path['hops'][number];
export type NodeRef = Path['nodes'][number];

/** A tie's facts that follow the sentence: strength, since when, last contact. */
export type TieDetail = { key: 'strength'; strength: number } | { key: 'since'; year: string } | { key: 'lastContact'; date: string };

/** One hop as the words of a sentence: which text to use, the names in it, and the details after it. */
export interface HopWords {
  key: 'hopRelation' | 'hopAffiliation' | 'hopAffiliationReverse' | 'hopColleague' | 'hopColleagueAt' | 'hopUnit' | 'hopUnitReverse';
  vars: { from: string; to: string; relation?: string; organisation?: string };
  details: TieDetail[];
}

/** The facts about a tie, in the order they are read out. */
export function tieDetails(tie: { strength: number | null; since: string | null; lastInteraction: string | null }): TieDetail[] {
  const details: TieDetail[] = [];
  if (tie.strength !== null) details.push({ key: 'strength', strength: tie.strength });
  if (tie.since) details.push({ key: 'since', year: tie.since.slice(0, 4) });
  if (tie.lastInteraction) details.push({ key: 'lastContact', date: tie.lastInteraction });
  return details;
}

/** A relation type's label inside a sentence: "Werkt samen met" reads "werkt samen met". */
export const inSentence = (label: string) => label.charAt(0).toLocaleLowerCase() + label.slice(1);

/**
 * How to say a hop of an influence path in words ("Annelies werkt samen met Bram, sterkte 4,
 * sinds 2020"). A directed relation walked against its direction is said the other way
 * round, so the sentence stays true: "Bram reports to Annelies".
 */
export function hopWords(hop: Hop, nodes: ReadonlyMap<string, NodeRef>, relationLabel: (via: string) => string): HopWords {
  const from = nodes.get(hop.from)?.name ?? '?';
  const to = nodes.get(hop.to)?.name ?? '?';
  const details = tieDetails(hop);
  switch (hop.kind) {
    case 'affiliation':
      return {
        key: nodes.get(hop.from)?.kind === 'organisation' ? 'hopAffiliationReverse' : 'hopAffiliation',
        vars: { from, to },
        details,
      };
    case 'colleague': {
      const organisation = hop.organisationId ? nodes.get(hop.organisationId)?.name : undefined;
      return organisation
        ? { key: 'hopColleagueAt', vars: { from, to, organisation }, details }
        : { key: 'hopColleague', vars: { from, to }, details };
    }
    case 'unit':
      return { key: hop.withDirection ? 'hopUnit' : 'hopUnitReverse', vars: { from, to }, details };
    case 'relation': {
      const relation = inSentence(relationLabel(hop.via));
      return hop.withDirection
        ? { key: 'hopRelation', vars: { from, to, relation }, details }
        : { key: 'hopRelation', vars: { from: to, to: from, relation }, details };
    }
  }
}

/** The people between the two ends of a path, for a one-line summary ("via Bram and Carla"). */
export function intermediaries(path: Path): NodeRef[] {
  return path.nodes.slice(1, -1);
}
