import { describe, expect, it } from 'vitest';
import { DEMO_ME_KEY, demoRegion, type DemoRelation } from './demo-region.ts';
import { DIRECTED_RELATION_TYPES } from './demo-types.ts';

const { organisations, people, relations, themes, notes } = demoRegion;
const orgKeys = new Set(organisations.map((o) => o.key));
const personKeys = new Set(people.map((p) => p.key));
const themeKeys = new Set(themes.map((t) => t.key));
const partyKeys = new Set([...orgKeys, ...personKeys]);

function isRealDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  return new Date(`${value}T00:00:00Z`).toISOString().slice(0, 10) === value;
}

function activeOn(relation: DemoRelation, day: string): boolean {
  return (relation.since === undefined || relation.since <= day) && (relation.until === undefined || relation.until >= day);
}

/** Every period (affiliation or relation) with its dates, for the date checks. */
const periods = [
  ...relations.map((r) => ({ what: `${r.from}→${r.to} ${r.type}`, since: r.since, until: r.until })),
  ...people.flatMap((p) => p.affiliations.map((a) => ({ what: `${p.key}@${a.organisationKey}`, ...a }))),
];

describe('demo region', () => {
  it('is large enough to show a network', () => {
    expect(people.length).toBeGreaterThanOrEqual(60);
    expect(people.length).toBeLessThanOrEqual(80);
    expect(relations.length).toBeGreaterThanOrEqual(220);
    expect(themes.length).toBeGreaterThanOrEqual(4);
    expect(notes.length).toBeGreaterThanOrEqual(3);
  });

  it('has unique keys across organisations, people and themes', () => {
    const all = [...organisations.map((o) => o.key), ...people.map((p) => p.key), ...themes.map((t) => t.key)];
    expect(new Set(all).size).toBe(all.length);
  });

  it('resolves every key reference', () => {
    const missing: string[] = [];
    const need = (ok: boolean, what: string) => ok || missing.push(what);
    for (const o of organisations) if (o.parentKey) need(orgKeys.has(o.parentKey), `parent of ${o.key}`);
    for (const p of people) for (const a of p.affiliations) need(orgKeys.has(a.organisationKey), `affiliation of ${p.key}`);
    for (const r of relations) {
      need(partyKeys.has(r.from), `relation from ${r.from}`);
      need(partyKeys.has(r.to), `relation to ${r.to}`);
    }
    for (const t of themes) {
      if (t.ownerKey) need(personKeys.has(t.ownerKey), `owner of ${t.key}`);
      for (const k of t.organisationKeys) need(orgKeys.has(k), `organisation ${k} of ${t.key}`);
    }
    for (const n of notes) {
      const keys = { person: personKeys, organisation: orgKeys, theme: themeKeys }[n.subjectType];
      need(keys.has(n.subjectKey), `note on ${n.subjectType} ${n.subjectKey}`);
    }
    expect(missing).toEqual([]);
  });

  it('has no cycles in the organisation tree', () => {
    const parentOf = new Map(organisations.map((o) => [o.key, o.parentKey]));
    for (const o of organisations) {
      const seen = new Set<string>();
      for (let k: string | undefined = o.key; k !== undefined; k = parentOf.get(k)) {
        expect(seen.has(k), `cycle through ${k}`).toBe(false);
        seen.add(k);
      }
    }
  });

  it('gives unique CBS codes to municipalities', () => {
    const codes = organisations.flatMap((o) => (o.code ? [o.code] : []));
    expect(new Set(codes).size).toBe(codes.length);
    for (const code of codes) expect(code).toMatch(/^GM\d{4}$/);
    expect(organisations.find((o) => o.key === 'kapelle')?.code).toBe('GM0678');
  });

  it('uses only unique e-mail addresses in the reserved .example domain', () => {
    const emails = people.flatMap((p) => (p.email ? [p.email] : []));
    expect(new Set(emails).size).toBe(emails.length);
    for (const email of emails) expect(email).toMatch(/^[a-z0-9.-]+@[a-z0-9-]+\.example$/);
    // Companies are invented, so their websites must not point at a real domain.
    for (const o of organisations.filter((o) => o.kind === 'supplier' || o.kind === 'consultancy')) {
      expect(o.website ?? 'none.example', o.key).toMatch(/\.example$/);
    }
  });

  it('uses only fictional phone numbers', () => {
    for (const p of people) if (p.phone) expect(p.phone).toMatch(/^0113-000\d{3}$/);
  });

  it('never names the people of the source article', () => {
    const text = JSON.stringify(demoRegion).toLowerCase();
    for (const name of ['duiven', 'lieshout', 'ottens']) expect(text).not.toContain(name);
  });

  it('gives every person an affiliation and a relation', () => {
    const related = new Set(relations.flatMap((r) => [r.from, r.to]));
    for (const p of people) {
      expect(p.affiliations.length, p.key).toBeGreaterThanOrEqual(1);
      expect(related.has(p.key), `${p.key} has no relation`).toBe(true);
    }
  });

  it('has sensible relations', () => {
    const seen = new Set<string>();
    for (const r of relations) {
      const what = `${r.from}→${r.to} ${r.type}`;
      expect(r.from, what).not.toBe(r.to);
      expect(Number.isInteger(r.strength) && r.strength >= 1 && r.strength <= 5, what).toBe(true);
      expect(r.directed, what).toBe(DIRECTED_RELATION_TYPES.has(r.type));
      const id = `${r.from}|${r.to}|${r.type}|${r.since ?? ''}`;
      expect(seen.has(id), `duplicate ${what}`).toBe(false);
      seen.add(id);
    }
  });

  it('has valid dates, each period starting before it ends and none in the future', () => {
    const today = new Date().toISOString().slice(0, 10);
    for (const p of periods) {
      if (p.since) expect(isRealDate(p.since), p.what).toBe(true);
      if (p.until) expect(isRealDate(p.until), p.what).toBe(true);
      if (p.since && p.until) expect(p.since <= p.until, p.what).toBe(true);
      if (p.since) expect(p.since <= today, p.what).toBe(true);
    }
    for (const t of themes) if (t.horizon) expect(isRealDate(t.horizon), t.key).toBe(true);
  });

  it('tells a network that changed since 1 January 2021', () => {
    const today = new Date().toISOString().slice(0, 10);
    const then = relations.filter((r) => activeOn(r, '2021-01-01'));
    const now = relations.filter((r) => activeOn(r, today));
    expect(then.filter((r) => !activeOn(r, today)).length).toBeGreaterThanOrEqual(10);
    expect(now.filter((r) => !activeOn(r, '2021-01-01')).length).toBeGreaterThanOrEqual(50);
  });

  it('has "me" as an information manager at Kapelle', () => {
    const me = people.find((p) => p.key === DEMO_ME_KEY);
    expect(me?.affiliations.map((a) => a.organisationKey)).toContain('kapelle-ia');
    expect(themes.find((t) => t.key === 'datagedreven')?.ownerKey).toBe(DEMO_ME_KEY);
  });

  it('is connected: every person is reachable from "me" via relations or shared affiliations', () => {
    const neighbours = new Map<string, Set<string>>();
    const link = (a: string, b: string) => {
      if (!neighbours.has(a)) neighbours.set(a, new Set());
      if (!neighbours.has(b)) neighbours.set(b, new Set());
      neighbours.get(a)?.add(b);
      neighbours.get(b)?.add(a);
    };
    for (const r of relations) link(r.from, r.to);
    // A person and an organisation are linked by an affiliation, so colleagues are two steps apart.
    for (const p of people) for (const a of p.affiliations) link(p.key, a.organisationKey);
    const reached = new Set([DEMO_ME_KEY]);
    const queue = [DEMO_ME_KEY];
    for (let key = queue.shift(); key !== undefined; key = queue.shift()) {
      for (const next of neighbours.get(key) ?? []) {
        if (!reached.has(next)) {
          reached.add(next);
          queue.push(next);
        }
      }
    }
    expect(people.filter((p) => !reached.has(p.key)).map((p) => p.key)).toEqual([]);
  });
});
