import type { AppContext } from '../app/context.ts';
import { nowIso } from '../lib/clock.ts';
import { newId } from '../lib/ids.ts';
import { fold } from '../lib/text.ts';
import { bumpNetworkVersion } from '../modules/analytics/network-version.repository.ts';
import { recordAudit } from '../modules/audit/audit.repository.ts';
import { rebuildOrganisationMembers, replaceTags } from '../modules/people/person.repository.ts';
import { storeWorkspaceRelationRecords } from '../modules/relations/relation-record.repository.ts';
import { storeWorkspacePersonRecords } from '../modules/people/person-lists.repository.ts';
import { upsertSearchDocument } from '../modules/search/search-document.repository.ts';
import { demoRegion } from './demo-region.ts';
import { insertMany } from '../db/insert-many.ts';
import { loadDemoMethod } from './load-demo-method.ts';
import type { DemoOrganisation } from './demo-types.ts';

export interface DemoLoadResult {
  workspaceId: string;
  counts: { workspaceName: string; organisations: number; people: number; relations: number; themes: number };
}

/** Parents before their units, so the parent key always resolves. */
function parentsFirst(organisations: DemoOrganisation[]): DemoOrganisation[] {
  const byKey = new Map(organisations.map((o) => [o.key, o]));
  const depth = (o: DemoOrganisation): number => (o.parentKey ? 1 + depth(byKey.get(o.parentKey)!) : 0);
  return [...organisations].sort((a, b) => depth(a) - depth(b));
}

/**
 * Loads the demo region into a new workspace owned by the given user, in one transaction:
 * it is there completely or not at all. Keys in the data become fresh ids, so the demo can
 * be loaded more than once.
 */
export async function loadDemoRegion(ctx: AppContext, ownerId: string): Promise<DemoLoadResult> {
  const region = demoRegion;
  const now = nowIso();
  const workspaceId = newId();
  const ids = new Map<string, string>();
  const idOf = (key: string) => {
    let id = ids.get(key);
    if (!id) ids.set(key, (id = newId()));
    return id;
  };
  const base = { workspaceId, version: 1, createdAt: now, updatedAt: now };
  const organisationNames = new Map(region.organisations.map((o) => [o.key, o.name]));

  await ctx.db.kysely.transaction().execute(async (trx) => {
    await trx
      .insertInto('workspaces')
      .values({
        id: workspaceId,
        name: region.workspace.name,
        description: region.workspace.description,
        version: 1,
        createdAt: now,
        updatedAt: now,
      })
      .execute();
    await trx
      .insertInto('memberships')
      .values({ workspaceId, userId: ownerId, role: 'owner', version: 1, createdAt: now, updatedAt: now })
      .execute();
    await bumpNetworkVersion(trx, workspaceId);

    const organisations = parentsFirst(region.organisations).map((o) => ({
      ...base,
      id: idOf(o.key),
      name: o.name,
      sortName: fold(o.name),
      kind: o.kind,
      code: o.code ?? null,
      parentId: o.parentKey ? idOf(o.parentKey) : null,
      description: o.description ?? null,
      website: o.website ?? null,
    }));
    await insertMany(trx, 'organisations', organisations);

    await insertMany(
      trx,
      'people',
      region.people.map((p) => ({
        ...base,
        id: idOf(p.key),
        name: p.name,
        sortName: fold(p.name),
        jobTitle: p.jobTitle ?? null,
        email: p.email ?? null,
        phone: p.phone ?? null,
        source: p.source ?? 'Demodata (fictief)',
        informedOn: null,
        lastContactOn: null,
      })),
    );
    await insertMany(
      trx,
      'affiliations',
      region.people.flatMap((p) =>
        p.affiliations.map((a, position) => ({
          id: newId(),
          position,
          workspaceId,
          personId: idOf(p.key),
          organisationId: idOf(a.organisationKey),
          role: a.role ?? null,
          since: a.since ?? null,
          until: a.until ?? null,
          createdAt: now,
        })),
      ),
    );
    await rebuildOrganisationMembers(trx, workspaceId);
    for (const person of region.people) {
      if (person.tags?.length) await replaceTags(trx, workspaceId, idOf(person.key), person.tags);
    }
    await storeWorkspacePersonRecords(trx, workspaceId);

    const partyType = (key: string) => (organisationNames.has(key) ? ('organisation' as const) : ('person' as const));
    await insertMany(
      trx,
      'relations',
      region.relations.map((r) => ({
        ...base,
        id: newId(),
        fromId: idOf(r.from),
        fromType: partyType(r.from),
        toId: idOf(r.to),
        toType: partyType(r.to),
        type: r.type,
        directed: r.directed ? 1 : 0,
        strength: r.strength,
        since: r.since ?? null,
        until: r.until ?? null,
        note: r.note ?? null,
        source: 'Demodata (fictief)',
      })),
    );
    await storeWorkspaceRelationRecords(trx, workspaceId);

    await insertMany(
      trx,
      'themes',
      region.themes.map((t) => ({
        ...base,
        id: idOf(t.key),
        title: t.title,
        sortTitle: fold(t.title),
        kind: t.kind,
        status: t.status,
        description: t.description ?? null,
        horizon: t.horizon ?? null,
        ownerId: t.ownerKey ? idOf(t.ownerKey) : null,
      })),
    );
    await insertMany(
      trx,
      'themeOrganisations',
      region.themes.flatMap((t) => t.organisationKeys.map((key) => ({ themeId: idOf(t.key), organisationId: idOf(key), workspaceId }))),
    );
    await insertMany(
      trx,
      'notes',
      region.notes.map((n) => ({
        ...base,
        id: newId(),
        subjectType: n.subjectType,
        subjectId: idOf(n.subjectKey),
        authorId: ownerId,
        visibility: n.visibility,
        body: n.body,
      })),
    );

    for (const o of region.organisations) {
      await upsertSearchDocument(trx, {
        entityId: idOf(o.key),
        workspaceId,
        entityType: 'organisation',
        title: o.name,
        body: [o.code, o.description],
      });
    }
    for (const p of region.people) {
      const orgNames = p.affiliations.map((a) => organisationNames.get(a.organisationKey));
      await upsertSearchDocument(trx, {
        entityId: idOf(p.key),
        workspaceId,
        entityType: 'person',
        title: p.name,
        body: [p.jobTitle, p.email, ...(p.tags ?? []), ...orgNames],
      });
    }
    for (const t of region.themes) {
      await upsertSearchDocument(trx, { entityId: idOf(t.key), workspaceId, entityType: 'theme', title: t.title, body: [t.description] });
    }
    await loadDemoMethod(trx, { workspaceId, ownerId, idOf, partyTypeOf: partyType, now });
    await recordAudit(trx, { workspaceId, actorId: ownerId, action: 'import', subjectType: 'workspace', subjectId: workspaceId });
  });

  return {
    workspaceId,
    counts: {
      workspaceName: region.workspace.name,
      organisations: region.organisations.length,
      people: region.people.length,
      relations: region.relations.length,
      themes: region.themes.length,
    },
  };
}
