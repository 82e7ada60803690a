import { describe, expect, it } from 'vitest';
import { fold } from '../src/lib/text.ts';
import { planNetwork, type PlanOptions } from './network-plan.ts';

const OPTIONS: PlanOptions = {
  people: 1000,
  relations: 5000,
  seed: 42,
  workspaceId: '00000000-0000-4000-8000-000000000001',
  createdAt: '2026-11-01T12:00:00.000Z',
};

function materialise(options: PlanOptions) {
  const plan = planNetwork(options);
  return { ...plan, relations: [...plan.relations()], searchDocuments: [...plan.searchDocuments()] };
}

const plan = materialise(OPTIONS);
const personIds = new Set(plan.people.map((p) => p.id));
const orgIds = new Set(plan.organisations.map((o) => o.id));

describe('planNetwork', () => {
  it('gives the same rows for the same seed and different rows for another', () => {
    const again = materialise(OPTIONS);
    expect(again).toEqual(plan);
    const other = materialise({ ...OPTIONS, seed: 43 });
    expect(other.people[0]?.id).not.toBe(plan.people[0]?.id);
    expect(other.relations.map((r) => r.toId)).not.toEqual(plan.relations.map((r) => r.toId));
  });

  it('makes exactly the requested numbers of people and relations', () => {
    expect(plan.people).toHaveLength(OPTIONS.people);
    expect(plan.relations).toHaveLength(OPTIONS.relations);
    expect(plan.searchDocuments).toHaveLength(plan.people.length + plan.organisations.length);
  });

  it('plans about 2,000 organisations, with 342 municipalities and their units', () => {
    expect(plan.organisations.length).toBeGreaterThan(1900);
    expect(plan.organisations.length).toBeLessThan(2100);
    const municipalities = plan.organisations.filter((o) => o.kind === 'municipality');
    expect(municipalities).toHaveLength(342);
    expect(new Set(municipalities.map((m) => m.code)).size).toBe(342);
    for (const kind of ['management_team', 'executive_board', 'council', 'department']) {
      expect(plan.organisations.filter((o) => o.kind === kind)).toHaveLength(342);
    }
    for (const o of plan.organisations) if (o.parentId) expect(orgIds.has(o.parentId)).toBe(true);
  });

  it('uses unique ids everywhere', () => {
    const ids = [...plan.organisations, ...plan.people, ...plan.affiliations, ...plan.relations].map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids.slice(0, 50)) expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });

  it('gives people unique .example e-mail addresses, a folded sort name and one or two affiliations', () => {
    const emails = plan.people.map((p) => p.email);
    expect(new Set(emails).size).toBe(emails.length);
    for (const p of plan.people) {
      expect(p.email).toMatch(/^[a-z0-9.]+@[a-z0-9-]+\.example$/);
      expect(p.sortName).toBe(fold(p.name));
    }
    const perPerson = new Map<string, number>();
    for (const a of plan.affiliations) {
      expect(personIds.has(a.personId)).toBe(true);
      expect(orgIds.has(a.organisationId)).toBe(true);
      perPerson.set(a.personId, (perPerson.get(a.personId) ?? 0) + 1);
    }
    for (const p of plan.people) expect([1, 2]).toContain(perPerson.get(p.id));
  });

  it('makes relations between existing parties, never to oneself and never twice', () => {
    const seen = new Set<string>();
    for (const r of plan.relations) {
      expect(r.fromId).not.toBe(r.toId);
      expect((r.fromType === 'person' ? personIds : orgIds).has(r.fromId)).toBe(true);
      expect((r.toType === 'person' ? personIds : orgIds).has(r.toId)).toBe(true);
      expect(r.strength).toBeGreaterThanOrEqual(1);
      expect(r.strength).toBeLessThanOrEqual(5);
      if (r.since && r.until) expect(r.since <= r.until).toBe(true);
      const [a, b] = r.directed ? [r.fromId, r.toId] : [r.fromId, r.toId].sort();
      const key = `${a}|${b}|${r.type}`;
      expect(seen.has(key)).toBe(false);
      seen.add(key);
    }
    const people = plan.relations.filter((r) => r.fromType === 'person' && r.toType === 'person').length;
    expect(people / plan.relations.length).toBeGreaterThan(0.9);
  });

  it('has a skewed degree distribution: a few hubs, many people with few relations', () => {
    const degree = new Map<string, number>();
    for (const r of plan.relations) {
      for (const id of [r.fromId, r.toId]) if (personIds.has(id)) degree.set(id, (degree.get(id) ?? 0) + 1);
    }
    const degrees = plan.people.map((p) => degree.get(p.id) ?? 0).sort((a, b) => b - a);
    const total = degrees.reduce((a, b) => a + b, 0);
    const mean = total / degrees.length;
    const median = degrees[Math.floor(degrees.length / 2)] ?? 0;
    expect(degrees[0]).toBeGreaterThan(5 * mean);
    expect(median).toBeLessThan(mean);
    const topShare = degrees.slice(0, degrees.length / 100).reduce((a, b) => a + b, 0) / total;
    expect(topShare).toBeGreaterThan(0.05);
  });

  it('writes folded search documents for every person and organisation', () => {
    const byId = new Map(plan.searchDocuments.map((d) => [d.entityId, d]));
    for (const p of plan.people) {
      const doc = byId.get(p.id);
      expect(doc?.entityType).toBe('person');
      expect(doc?.title).toBe(fold(p.name));
      expect(doc?.body).toBe(fold(doc?.body ?? ''));
      expect(doc?.body).toContain(fold(p.jobTitle ?? ''));
    }
    for (const o of plan.organisations) expect(byId.get(o.id)?.entityType).toBe('organisation');
  });

  it('refuses sizes that cannot form a simple network', () => {
    expect(() => planNetwork({ ...OPTIONS, people: 1 })).toThrow(/at least 2 people/);
    expect(() => planNetwork({ ...OPTIONS, people: 10, relations: 1000 })).toThrow(/too many relations/);
  });
});
