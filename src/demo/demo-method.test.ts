import { describe, expect, it } from 'vitest';
import { defaultModel } from '../modules/maturity/default-model.ts';
import { demoMethod } from './demo-method.ts';
import { demoRegion } from './demo-region.ts';

const people = new Set(demoRegion.people.map((p) => p.key));
const organisations = new Set(demoRegion.organisations.map((o) => o.key));
const themes = new Set(demoRegion.themes.map((t) => t.key));
const groups = new Set(demoMethod.groups.map((g) => g.key));
const interactions = new Set(demoMethod.interactions.map((i) => i.key));
const initiatives = new Set(demoMethod.initiatives.map((i) => i.key));
const isDate = (value: string) => /^\d{4}-\d{2}-\d{2}$/.test(value) && !Number.isNaN(Date.parse(value));

/** Every key that does not resolve, with where it was found. */
function unresolved(): string[] {
  const problems: string[] = [];
  const check = (known: Set<string>, key: string, where: string) => {
    if (!known.has(key)) problems.push(`${where}: ${key}`);
  };
  const party = new Set([...people, ...organisations]);
  for (const m of demoMethod.mandates) [m.clientKey, m.holderKey].forEach((k) => check(people, k, `mandate ${m.key}`));
  for (const m of demoMethod.mandates) check(themes, m.themeKey, `mandate ${m.key}`);
  for (const i of demoMethod.initiatives) {
    [i.leadKey, ...i.organisationKeys].forEach((k) => check(organisations, k, `initiative ${i.key}`));
    i.themeKeys.forEach((k) => check(themes, k, `initiative ${i.key}`));
  }
  for (const g of demoMethod.groups) {
    g.members.forEach((m) => check(people, m.personKey, `group ${g.key}`));
    g.themeKeys.forEach((k) => check(themes, k, `group ${g.key}`));
  }
  for (const k of demoMethod.knowledgeItems) {
    check(groups, k.groupKey, `knowledge ${k.title}`);
    check(people, k.sharedByKey, `knowledge ${k.title}`);
  }
  for (const i of demoMethod.interactions) {
    i.participants.forEach((p) => check(people, p.personKey, `interaction ${i.key}`));
    i.themeKeys.forEach((k) => check(themes, k, `interaction ${i.key}`));
    (i.organisationKeys ?? []).forEach((k) => check(organisations, k, `interaction ${i.key}`));
    if (i.groupKey) check(groups, i.groupKey, `interaction ${i.key}`);
    (i.actions ?? []).filter((a) => a.ownerKey !== 'owner').forEach((a) => check(people, a.ownerKey, `action ${a.title}`));
  }
  for (const s of demoMethod.stakeholderAssessments) check(party, s.partyKey, `stakeholder ${s.partyKey}`);
  for (const p of demoMethod.engagementPlans) [p.partyKey, p.ownerKey].forEach((k) => check(party, k, `plan ${p.partyKey}`));
  for (const d of demoMethod.decisions) {
    check(organisations, d.bodyKey, `decision ${d.title}`);
    d.interactionKeys.forEach((k) => check(interactions, k, `decision ${d.title}`));
    d.initiativeKeys.forEach((k) => check(initiatives, k, `decision ${d.title}`));
  }
  for (const c of demoMethod.cadences) check(people, c.personKey, 'cadence');
  for (const a of demoMethod.maturityAssessments) [a.organisationKey].forEach((k) => check(organisations, k, 'assessment'));
  return problems;
}

describe('the method in the demo region', () => {
  it('refers only to people, organisations, themes and records that exist', () => {
    expect(unresolved()).toEqual([]);
  });

  it('tells the article’s story: a 2019 regional meeting, a 2020 mandate, informative sessions, the funding decision, a shared hire in 2022 and the university joining', () => {
    expect(demoMethod.interactions.some((i) => i.date.startsWith('2019') && i.groupKey === 'regio')).toBe(true);
    expect(demoMethod.mandates.some((m) => m.grantedOn.startsWith('2020'))).toBe(true);
    expect(demoMethod.interactions.filter((i) => i.kind === 'informative_session').length).toBeGreaterThanOrEqual(2);
    expect(demoMethod.decisions.some((d) => d.outcome === 'adopted' && d.amountCents && d.initiativeKeys.includes('pilot-afval'))).toBe(
      true,
    );
    expect(demoMethod.initiatives.find((i) => i.kind === 'shared_hire')?.startOn.startsWith('2022')).toBe(true);
    expect(demoMethod.groups.find((g) => g.key === 'werkgroep')?.members.some((m) => m.personKey.startsWith('hz-'))).toBe(true);
  });

  it('uses valid dates and scores every dimension of the default model within its levels', () => {
    const dates = [
      ...demoMethod.interactions.map((i) => i.date),
      ...demoMethod.decisions.map((d) => d.date),
      ...demoMethod.stakeholderAssessments.map((s) => s.assessedOn),
      ...demoMethod.maturityAssessments.map((a) => a.assessedOn),
    ];
    expect(dates.filter((d) => !isDate(d))).toEqual([]);
    const dimensions = defaultModel.nl.dimensions.map((d) => d.key).sort();
    const levels = defaultModel.nl.levels.length;
    for (const a of demoMethod.maturityAssessments) {
      expect(Object.keys(a.scores).sort()).toEqual(dimensions);
      expect(Object.values(a.scores).every((score) => score >= 1 && score <= levels)).toBe(true);
    }
  });
});
