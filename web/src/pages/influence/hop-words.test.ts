import { describe, expect, it } from 'vitest';
import { hopWords, inSentence, intermediaries, tieDetails, type Hop, type NodeRef } from './hop-words.ts';

const annelies: NodeRef = { id: 'a', kind: 'person', name: 'Annelies' };
const bram: NodeRef = { id: 'b', kind: 'person', name: 'Bram' };
const gemeente: NodeRef = { id: 'g', kind: 'organisation', name: 'Gemeente Utrecht' };
const nodes = new Map([annelies, bram, gemeente].map((n) => [n.id, n]));
const labels: Record<string, string> = { works_with: 'Werkt samen met', reports_to: 'Rapporteert aan' };
const label = (via: string) => labels[via] ?? via;

function hop(over: Partial<Hop>): Hop {
  return {
    from: 'a',
    to: 'b',
    via: 'works_with',
    kind: 'relation',
    strength: null,
    since: null,
    lastInteraction: null,
    relationId: null,
    organisationId: null,
    withDirection: true,
    length: 1,
    ...over,
  };
}

describe('hopWords', () => {
  it('says a relation with its label in the sentence, strength and year', () => {
    expect(hopWords(hop({ strength: 4, since: '2020-03-01' }), nodes, label)).toEqual({
      key: 'hopRelation',
      vars: { from: 'Annelies', to: 'Bram', relation: 'werkt samen met' },
      details: [
        { key: 'strength', strength: 4 },
        { key: 'since', year: '2020' },
      ],
    });
  });

  it('turns a directed relation walked against its direction around', () => {
    const words = hopWords(hop({ via: 'reports_to', withDirection: false }), nodes, label);
    expect(words.vars).toEqual({ from: 'Bram', to: 'Annelies', relation: 'rapporteert aan' });
  });

  it('says who works where, whichever end the path starts from', () => {
    expect(hopWords(hop({ kind: 'affiliation', via: 'affiliation', to: 'g' }), nodes, label).key).toBe('hopAffiliation');
    expect(hopWords(hop({ kind: 'affiliation', via: 'affiliation', from: 'g', to: 'a' }), nodes, label).key).toBe('hopAffiliationReverse');
  });

  it('names the shared organisation of colleagues when it is known', () => {
    expect(hopWords(hop({ kind: 'colleague', via: 'colleague', organisationId: 'g' }), nodes, label)).toMatchObject({
      key: 'hopColleagueAt',
      vars: { organisation: 'Gemeente Utrecht' },
    });
    expect(hopWords(hop({ kind: 'colleague', via: 'colleague', organisationId: 'x' }), nodes, label).key).toBe('hopColleague');
  });

  it('says units both ways', () => {
    expect(hopWords(hop({ kind: 'unit', via: 'unit_of' }), nodes, label).key).toBe('hopUnit');
    expect(hopWords(hop({ kind: 'unit', via: 'unit_of', withDirection: false }), nodes, label).key).toBe('hopUnitReverse');
  });
});

describe('tie details and summaries', () => {
  it('lists only the known facts, last contact included', () => {
    expect(tieDetails({ strength: null, since: null, lastInteraction: '2026-10-01' })).toEqual([
      { key: 'lastContact', date: '2026-10-01' },
    ]);
  });

  it('lowers only the first letter of a label', () => {
    expect(inSentence('Is lid van VNG')).toBe('is lid van VNG');
  });

  it('gives the people between the ends of a path', () => {
    expect(intermediaries({ length: 2, nodes: [annelies, bram, gemeente], hops: [] })).toEqual([bram]);
  });
});
