/**
 * Turns the domain records into ties between nodes, one projection at a time. Each
 * function reads the records once; nothing here is quadratic in an organisation's size
 * beyond the capped colleague groups.
 */
import {
  NODE_ORGANISATION,
  NODE_PERSON,
  TIE_AFFILIATION,
  TIE_COLLEAGUE,
  TIE_UNIT,
  type AffiliationRecord,
  type NetworkInput,
  type RelationRecord,
} from './network.types.ts';
import type { TieTable } from './tie-table.ts';
import type { NetworkSettings } from './network-options.ts';

/** Counters for records that did not become ties. */
export interface SkipCounts {
  notValidOnDate: number;
  unknownEnds: number;
  outsideProjection: number;
}

/** A party that exists but is not a node of this projection: its kind, encoded below zero. */
export const OUTSIDE_PERSON = -1;
export const OUTSIDE_ORGANISATION = -2;

/** Record id → lookup code; made with `Object.create(null)`, so no inherited keys. */
export type IdIndex = Record<string, number | undefined>;

/**
 * Where each record id landed, in one map so that a relation costs one lookup per end:
 * the node index (0 and up), or `OUTSIDE_PERSON` / `OUTSIDE_ORGANISATION`.
 */
export interface NodeLookup {
  readonly indexOf: IdIndex;
  readonly nodeKinds: readonly number[];
}

/** The kind of a party given its lookup code. */
function kindOfCode(nodes: NodeLookup, code: number): number {
  if (code >= 0) return nodes.nodeKinds[code]!;
  return code === OUTSIDE_PERSON ? NODE_PERSON : NODE_ORGANISATION;
}

/** True when a record with these dates holds on `onDate` (always, without a date). */
export function validOn(onDate: string | null, since?: string | null, until?: string | null): boolean {
  if (onDate === null) return true;
  if (since && dateOf(since) > onDate) return false;
  if (until && dateOf(until) < onDate) return false;
  return true;
}

/** The date part of an ISO date or timestamp; plain dates (the usual case) are not copied. */
function dateOf(value: string): string {
  return value.length === 10 ? value : value.slice(0, 10);
}

/** The relation's strength as an integer 1–5. */
function clampStrength(strength: number): number {
  return Math.min(5, Math.max(1, Math.round(strength) || 3));
}

/** Adds the relation as a tie between two nodes, weighted by its strength. */
function addRelationTie(table: TieTable, relation: RelationRecord, from: number, to: number, settings: NetworkSettings): void {
  const strength = clampStrength(relation.strength);
  table.addRelation(relation, from, to, settings.respectDirection && relation.directed, strength, settings.strengthWeights[strength - 1]!);
}

/**
 * Calls `use` with each relation valid on the date whose ends are both known, and the
 * lookup codes of its ends; the rest are counted as skipped.
 */
function forUsableRelations(
  input: NetworkInput,
  nodes: NodeLookup,
  settings: NetworkSettings,
  skipped: SkipCounts,
  use: (relation: RelationRecord, from: number, to: number) => void,
): void {
  const { onDate } = settings;
  for (const relation of input.relations) {
    if (onDate !== null && !validOn(onDate, relation.since, relation.until)) {
      skipped.notValidOnDate += 1;
      continue;
    }
    const from = nodes.indexOf[relation.from];
    const to = nodes.indexOf[relation.to];
    if (from === undefined || to === undefined) skipped.unknownEnds += 1;
    else use(relation, from, to);
  }
}

/** Affiliations valid on the date between a known person and a known organisation. */
export function usableAffiliations(input: NetworkInput, nodes: NodeLookup, settings: NetworkSettings, skipped: SkipCounts) {
  const usable: AffiliationRecord[] = [];
  for (const affiliation of input.affiliations) {
    if (!validOn(settings.onDate, affiliation.since, affiliation.until)) skipped.notValidOnDate += 1;
    else if (!isOfKind(nodes, affiliation.personId, NODE_PERSON) || !isOfKind(nodes, affiliation.organisationId, NODE_ORGANISATION)) {
      skipped.unknownEnds += 1;
    } else usable.push(affiliation);
  }
  return usable;
}

function isOfKind(nodes: NodeLookup, id: string, kind: number): boolean {
  const code = nodes.indexOf[id];
  return code !== undefined && kindOfCode(nodes, code) === kind;
}

/** Relations whose both ends are nodes of this projection, as they are. */
export function collectDirectRelations(
  input: NetworkInput,
  nodes: NodeLookup,
  settings: NetworkSettings,
  table: TieTable,
  skipped: SkipCounts,
): void {
  forUsableRelations(input, nodes, settings, skipped, (relation, from, to) => {
    if (from < 0 || to < 0 || from === to) skipped.outsideProjection += 1;
    else addRelationTie(table, relation, from, to, settings);
  });
}

/** Affiliation ties person—organisation and unit ties unit—parent (people-and-organisations). */
export function collectMembershipTies(
  input: NetworkInput,
  affiliations: readonly AffiliationRecord[],
  nodes: NodeLookup,
  settings: NetworkSettings,
  table: TieTable,
): void {
  for (const affiliation of affiliations) {
    table.add({
      kind: TIE_AFFILIATION,
      from: nodes.indexOf[affiliation.personId]!,
      to: nodes.indexOf[affiliation.organisationId]!,
      directed: false,
      strength: 0,
      weight: settings.affiliationWeight,
      type: 'affiliation',
      since: affiliation.since ?? null,
      lastInteraction: null,
      relationId: null,
      fromParty: affiliation.personId,
      toParty: affiliation.organisationId,
      organisationId: affiliation.organisationId,
      role: affiliation.role ?? null,
    });
  }
  if (!settings.unitTies) return;
  for (const organisation of input.organisations) {
    const parent = organisation.parentId ? (nodes.indexOf[organisation.parentId] ?? -1) : -1;
    if (parent < 0) continue;
    table.add({
      kind: TIE_UNIT,
      from: nodes.indexOf[organisation.id]!,
      to: parent,
      directed: false,
      strength: 0,
      weight: settings.unitWeight,
      type: 'unit_of',
      since: null,
      lastInteraction: null,
      relationId: null,
      fromParty: organisation.id,
      toParty: organisation.parentId!,
      organisationId: organisation.parentId!,
      role: null,
    });
  }
}

/**
 * Colleague ties (people projection): the members of an organisation are linked pairwise
 * only when it has at most `maxColleagueGroup` members on the date. A team of eight knows
 * each other; a municipality of 800 staff does not, and linking it would add 320,000
 * pairs. So the cost is capped at maxColleagueGroup² / 2 pairs per organisation.
 */
export function collectColleagueTies(
  affiliations: readonly AffiliationRecord[],
  nodes: NodeLookup,
  nodeIds: readonly string[],
  settings: NetworkSettings,
  table: TieTable,
): void {
  const members = new Map<string, number[]>();
  for (const affiliation of affiliations) {
    const list = members.get(affiliation.organisationId);
    const person = nodes.indexOf[affiliation.personId]!;
    if (list === undefined) members.set(affiliation.organisationId, [person]);
    else if (list.length <= settings.maxColleagueGroup && !list.includes(person)) list.push(person);
  }
  for (const [organisationId, list] of members) {
    if (list.length < 2 || list.length > settings.maxColleagueGroup) continue;
    for (let i = 0; i < list.length; i += 1) {
      for (let j = i + 1; j < list.length; j += 1) {
        table.add({
          kind: TIE_COLLEAGUE,
          from: list[i]!,
          to: list[j]!,
          directed: false,
          strength: 0,
          weight: settings.colleagueWeight,
          type: 'colleague',
          since: null,
          lastInteraction: null,
          relationId: null,
          fromParty: nodeIds[list[i]!]!,
          toParty: nodeIds[list[j]!]!,
          organisationId,
          role: null,
        });
      }
    }
  }
}

/**
 * Organisations projection: a relation between two people (or a person and an
 * organisation) becomes a tie between their organisations on the date, one per pair of
 * organisations, carrying the relation's type, strength and dates. Relations within one
 * organisation and relations of people without an organisation are left out.
 */
export function collectOrganisationTies(
  input: NetworkInput,
  affiliations: readonly AffiliationRecord[],
  nodes: NodeLookup,
  settings: NetworkSettings,
  organisationOf: (organisationId: string) => number,
  table: TieTable,
  skipped: SkipCounts,
): void {
  const organisationsOfPerson = new Map<string, number[]>();
  for (const affiliation of affiliations) {
    const organisation = organisationOf(affiliation.organisationId);
    const list = organisationsOfPerson.get(affiliation.personId);
    if (list === undefined) organisationsOfPerson.set(affiliation.personId, [organisation]);
    else if (!list.includes(organisation)) list.push(organisation);
  }
  const none: number[] = [];
  const sidesOf = (party: string, code: number): readonly number[] =>
    kindOfCode(nodes, code) === NODE_ORGANISATION ? [organisationOf(party)] : (organisationsOfPerson.get(party) ?? none);
  forUsableRelations(input, nodes, settings, skipped, (relation, fromCode, toCode) => {
    const fromSides = sidesOf(relation.from, fromCode);
    const toSides = sidesOf(relation.to, toCode);
    let added = false;
    for (const from of fromSides) {
      for (const to of toSides) {
        if (from === to) continue;
        addRelationTie(table, relation, from, to, settings);
        added = true;
      }
    }
    if (!added) skipped.outsideProjection += 1;
  });
}
