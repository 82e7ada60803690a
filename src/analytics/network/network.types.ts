/**
 * The domain as the analytics module sees it: plain records mirroring the people,
 * organisations, affiliations and relations of a workspace (no imports from the server),
 * and the network built from them.
 */
import type { Graph } from '../graph.ts';

/** A person: only what the graph needs. */
export interface PersonRecord {
  readonly id: string;
  readonly name: string;
}

/** An organisation or a unit of one (`parentId` names the organisation it belongs to). */
export interface OrganisationRecord {
  readonly id: string;
  readonly name: string;
  readonly parentId?: string | null;
}

/** A person's place in an organisation; dates are ISO `YYYY-MM-DD`, null when open. */
export interface AffiliationRecord {
  readonly personId: string;
  readonly organisationId: string;
  readonly role?: string | null;
  readonly since?: string | null;
  readonly until?: string | null;
}

/** A relation between two parties (person or organisation). */
export interface RelationRecord {
  readonly id: string;
  readonly from: string;
  readonly to: string;
  /** The relation type key, e.g. `works_with`. */
  readonly type: string;
  readonly directed: boolean;
  /** 1 (weak) to 5 (strong). */
  readonly strength: number;
  readonly since?: string | null;
  readonly until?: string | null;
  /** The last interaction between the two ends, when known (ISO date or timestamp). */
  readonly lastInteractionOn?: string | null;
  /** When the relation was last edited; the recency fallback when no interaction is known. */
  readonly updatedAt?: string | null;
}

/** Everything a network is built from. */
export interface NetworkInput {
  readonly people: readonly PersonRecord[];
  readonly organisations: readonly OrganisationRecord[];
  readonly affiliations: readonly AffiliationRecord[];
  readonly relations: readonly RelationRecord[];
}

export type Projection = 'people' | 'people-and-organisations' | 'organisations';

/** Node kinds, stored per node in `Network.nodeKinds`. */
export const NODE_PERSON = 0;
export const NODE_ORGANISATION = 1;
export const nodeKindNames = ['person', 'organisation'] as const;
export type NodeKindName = (typeof nodeKindNames)[number];

/**
 * What a tie stands for, stored per tie in `Ties.kind`:
 * - relation: a recorded relation (in the organisations projection, a person-level one
 *   carried over to the organisations of its ends);
 * - affiliation: a person belongs to an organisation (people-and-organisations);
 * - colleague: two people in the same small organisation (people projection, when enabled);
 * - unit: a unit and the organisation it is part of (people-and-organisations).
 */
export const TIE_RELATION = 0;
export const TIE_AFFILIATION = 1;
export const TIE_COLLEAGUE = 2;
export const TIE_UNIT = 3;
export const tieKindNames = ['relation', 'affiliation', 'colleague', 'unit'] as const;
export type TieKindName = (typeof tieKindNames)[number];

/**
 * Every tie behind the graph's arcs as parallel columns (row t is tie t), so that a path
 * hop can say "A works with B, strength 4, since 2020" without per-tie objects.
 */
export interface Ties {
  readonly count: number;
  readonly kind: Uint8Array;
  /** Node indices of the ends, in the recorded direction. */
  readonly from: Int32Array;
  readonly to: Int32Array;
  readonly directed: Uint8Array;
  /** The relation's strength 1–5; 0 for ties without one (affiliation, colleague, unit). */
  readonly strength: Uint8Array;
  /** The graph weight this tie contributed (see `NetworkOptions.strengthWeights`). */
  readonly weight: Float64Array;
  /** Relation type key, or `affiliation`, `colleague`, `unit_of`. */
  readonly type: string[];
  readonly since: (string | null)[];
  /** The last interaction (or, failing that, edit) behind the tie, when known. */
  readonly lastInteraction: (string | null)[];
  /** The relation's id for relation ties; null otherwise. */
  readonly relationId: (string | null)[];
  /** Ids of the recorded ends (the people behind an aggregated organisation tie). */
  readonly fromParty: string[];
  readonly toParty: string[];
  /** For colleague and affiliation ties, the organisation they share or join. */
  readonly organisationId: (string | null)[];
  /** For affiliation ties, the role held; null otherwise. */
  readonly role: (string | null)[];
}

/** The ties behind each arc of `graph.undirected`: `items[offsets[a] .. offsets[a+1])`. */
export interface TiesByArc {
  readonly offsets: Int32Array;
  readonly items: Int32Array;
}

/** A network: the compact graph, what its nodes are, and the ties behind its arcs. */
export interface Network {
  readonly projection: Projection;
  readonly onDate: string | null;
  readonly graph: Graph;
  /** Record id of node i. */
  readonly nodeIds: string[];
  readonly nodeNames: string[];
  /** `NODE_PERSON` or `NODE_ORGANISATION` per node. */
  readonly nodeKinds: Uint8Array;
  readonly ties: Ties;
  readonly tiesByArc: TiesByArc;
  /** Input records left out, with the reason counted (not valid on the date, unknown ends, …). */
  readonly skipped: SkippedRecords;
}

export interface SkippedRecords {
  /** Relations or affiliations not valid on `onDate`. */
  readonly notValidOnDate: number;
  /** Relations or affiliations naming an id that is not in the input. */
  readonly unknownEnds: number;
  /** Relations this projection has no place for (e.g. organisation ties in the people projection). */
  readonly outsideProjection: number;
}
