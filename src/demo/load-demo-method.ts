/**
 * Loads the five steps of the demo story into a workspace whose organisations, people and
 * themes the region loader has just written, inside that loader's transaction. Method keys
 * get their own namespace (`group:werkgroep` is not the organisation `werkgroep`).
 */
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';
import { newId } from '../lib/ids.ts';
import { fold } from '../lib/text.ts';
import { NO_DUE_DATE } from '../modules/actions/action.repository.ts';
import { syncLastContact } from '../modules/interactions/last-contact.repository.ts';
import { DEFAULT_MODEL_KEY } from '../modules/maturity/default-model.ts';
import { ensureDefaultModel } from '../modules/maturity/maturity-model.repository.ts';
import { demoMethod } from './demo-method.ts';
import type { DemoMethod } from './demo-method-types.ts';
import { insertMany } from '../db/insert-many.ts';

export interface MethodLoadContext {
  workspaceId: string;
  /** The user who owns the demo workspace: author of summaries, owner of "my" actions and cadences. */
  ownerId: string;
  /** The id of a region key (person, organisation, theme). */
  idOf: (key: string) => string;
  /** Whether a region key names a person or an organisation. */
  partyTypeOf: (key: string) => 'person' | 'organisation';
  now: string;
}

/** Writes every record of the demo method; the caller's transaction makes it all or nothing. */
export async function loadDemoMethod(trx: Kysely<Database>, context: MethodLoadContext, method: DemoMethod = demoMethod): Promise<void> {
  const { workspaceId, idOf } = context;
  const own = new Map<string, string>();
  const idOfMethod = (kind: string, key: string) => {
    const full = `${kind}:${key}`;
    let id = own.get(full);
    if (!id) own.set(full, (id = newId()));
    return id;
  };
  const base = { workspaceId, version: 1, createdAt: context.now, updatedAt: context.now };
  const links = <K extends string>(ownerKey: K, ownerId: string, column: string, ids: string[]) =>
    ids.map((id) => ({ [ownerKey]: ownerId, [column]: id, workspaceId }));

  await insertMany(
    trx,
    'mandates',
    method.mandates.map((m) => ({
      ...base,
      id: idOfMethod('mandate', m.key),
      themeId: idOf(m.themeKey),
      clientId: idOf(m.clientKey),
      holderId: idOf(m.holderKey),
      role: m.role,
      scope: m.scope,
      status: m.status,
      grantedOn: m.grantedOn,
      reviewOn: m.reviewOn,
    })),
  );

  await insertMany(
    trx,
    'initiatives',
    method.initiatives.map((i) => ({
      ...base,
      id: idOfMethod('initiative', i.key),
      title: i.title,
      sortTitle: fold(i.title),
      kind: i.kind,
      status: i.status,
      description: i.description,
      leadOrganisationId: idOf(i.leadKey),
      startOn: i.startOn,
      endOn: i.endOn ?? null,
      outcome: i.outcome ?? null,
    })),
  );
  for (const i of method.initiatives) {
    const id = idOfMethod('initiative', i.key);
    await insertMany(trx, 'initiativeOrganisations', links('initiativeId', id, 'organisationId', i.organisationKeys.map(idOf)));
    await insertMany(trx, 'initiativeThemes', links('initiativeId', id, 'themeId', i.themeKeys.map(idOf)));
  }

  await insertMany(
    trx,
    'groups',
    method.groups.map((g) => ({
      ...base,
      id: idOfMethod('group', g.key),
      name: g.name,
      sortName: fold(g.name),
      kind: g.kind,
      description: g.description,
    })),
  );
  for (const g of method.groups) {
    const id = idOfMethod('group', g.key);
    await insertMany(trx, 'groupThemes', links('groupId', id, 'themeId', g.themeKeys.map(idOf)));
    await insertMany(
      trx,
      'groupMembers',
      g.members.map((m, position) => ({
        groupId: id,
        personId: idOf(m.personKey),
        workspaceId,
        role: m.role,
        since: m.since,
        until: m.until ?? null,
        position,
      })),
    );
  }

  for (const k of method.knowledgeItems) {
    const id = newId();
    await insertMany(trx, 'knowledgeItems', [
      {
        ...base,
        id,
        groupId: idOfMethod('group', k.groupKey),
        kind: k.kind,
        title: k.title,
        sortTitle: fold(k.title),
        url: k.url ?? null,
        description: k.description,
        sharedOn: k.sharedOn,
        sharedById: idOf(k.sharedByKey),
      },
    ]);
    await insertMany(trx, 'knowledgeItemThemes', links('knowledgeItemId', id, 'themeId', k.themeKeys.map(idOf)));
  }

  await loadInteractions(trx, context, method, idOfMethod);
  await loadKeyFigures(trx, context, method, idOfMethod);
  await loadMaturity(trx, context, method);
}

type MethodIds = (kind: string, key: string) => string;

async function loadInteractions(trx: Kysely<Database>, context: MethodLoadContext, method: DemoMethod, idOfMethod: MethodIds) {
  const { workspaceId, idOf } = context;
  const base = { workspaceId, version: 1, createdAt: context.now, updatedAt: context.now };
  for (const i of method.interactions) {
    const id = idOfMethod('interaction', i.key);
    await insertMany(trx, 'interactions', [
      {
        ...base,
        id,
        kind: i.kind,
        title: i.title,
        date: i.date,
        startTime: null,
        durationMinutes: null,
        groupId: i.groupKey ? idOfMethod('group', i.groupKey) : null,
        summary: i.summary,
        summaryVisibility: 'workspace',
        outcome: i.outcome ?? null,
        authorId: context.ownerId,
      },
    ]);
    await insertMany(
      trx,
      'interactionParticipants',
      i.participants.map((p) => ({ interactionId: id, personId: idOf(p.personKey), workspaceId, attendance: p.attendance ?? 'attended' })),
    );
    await insertMany(
      trx,
      'interactionThemes',
      i.themeKeys.map((key) => ({ interactionId: id, themeId: idOf(key), workspaceId })),
    );
    await insertMany(
      trx,
      'interactionOrganisations',
      (i.organisationKeys ?? []).map((key) => ({ interactionId: id, organisationId: idOf(key), workspaceId })),
    );
    await insertMany(
      trx,
      'actions',
      (i.actions ?? []).map((a) => ({
        ...base,
        id: newId(),
        interactionId: id,
        title: a.title,
        ownerPersonId: a.ownerKey === 'owner' ? null : idOf(a.ownerKey),
        ownerUserId: a.ownerKey === 'owner' ? context.ownerId : null,
        dueOn: a.dueOn,
        sortDue: a.dueOn ?? NO_DUE_DATE,
        done: a.done ? 1 : 0,
        doneAt: a.done ? `${a.dueOn}T12:00:00.000Z` : null,
      })),
    );
  }
  const participants = method.interactions.flatMap((i) => i.participants.map((p) => idOf(p.personKey)));
  await syncLastContact(trx, participants, new Map());
  await insertMany(
    trx,
    'contactCadences',
    method.cadences.map((c) => ({ ...base, id: newId(), userId: context.ownerId, personId: idOf(c.personKey), everyDays: c.everyDays })),
  );
}

async function loadKeyFigures(trx: Kysely<Database>, context: MethodLoadContext, method: DemoMethod, idOfMethod: MethodIds) {
  const { workspaceId, idOf } = context;
  const base = { workspaceId, version: 1, createdAt: context.now, updatedAt: context.now };
  await insertMany(
    trx,
    'stakeholderAssessments',
    method.stakeholderAssessments.map((s) => ({
      ...base,
      id: newId(),
      themeId: idOf(s.themeKey),
      partyId: idOf(s.partyKey),
      partyType: context.partyTypeOf(s.partyKey),
      assessedOn: s.assessedOn,
      power: s.power,
      interest: s.interest,
      attitude: s.attitude,
      concerns: JSON.stringify(s.concerns),
      concernNote: s.concernNote ?? null,
      saliencePower: s.salience.power ? 1 : 0,
      salienceLegitimacy: s.salience.legitimacy ? 1 : 0,
      salienceUrgency: s.salience.urgency ? 1 : 0,
      side: s.side,
    })),
  );
  await insertMany(
    trx,
    'engagementPlans',
    method.engagementPlans.map((p) => ({
      ...base,
      id: newId(),
      themeId: idOf(p.themeKey),
      partyId: idOf(p.partyKey),
      partyType: context.partyTypeOf(p.partyKey),
      level: p.level,
      keyMessage: p.keyMessage,
      channel: p.channel,
      ownerId: idOf(p.ownerKey),
      nextStep: p.nextStep,
      nextStepDueOn: p.nextStepDueOn,
    })),
  );
  for (const d of method.decisions) {
    const id = newId();
    await insertMany(trx, 'decisions', [
      {
        ...base,
        id,
        title: d.title,
        bodyId: idOf(d.bodyKey),
        date: d.date,
        themeId: idOf(d.themeKey),
        outcome: d.outcome,
        amountCents: d.amountCents ?? null,
        description: d.description,
      },
    ]);
    await insertMany(
      trx,
      'decisionInteractions',
      d.interactionKeys.map((key) => ({ decisionId: id, interactionId: idOfMethod('interaction', key), workspaceId })),
    );
    await insertMany(
      trx,
      'decisionInitiatives',
      d.initiativeKeys.map((key) => ({ decisionId: id, initiativeId: idOfMethod('initiative', key), workspaceId })),
    );
  }
}

async function loadMaturity(trx: Kysely<Database>, context: MethodLoadContext, method: DemoMethod) {
  const { workspaceId, idOf } = context;
  await ensureDefaultModel(trx, workspaceId);
  const model = await trx
    .selectFrom('maturityModels')
    .select('id')
    .where('workspaceId', '=', workspaceId)
    .where('builtIn', '=', DEFAULT_MODEL_KEY)
    .executeTakeFirstOrThrow();
  for (const a of method.maturityAssessments) {
    const id = newId();
    await insertMany(trx, 'assessments', [
      {
        workspaceId,
        version: 1,
        createdAt: context.now,
        updatedAt: context.now,
        id,
        organisationId: idOf(a.organisationKey),
        modelId: model.id,
        assessedOn: a.assessedOn,
        assessorId: idOf(a.assessorKey),
        summary: a.summary,
      },
    ]);
    await insertMany(
      trx,
      'assessmentScores',
      Object.entries(a.scores).map(([dimensionKey, score], position) => ({
        assessmentId: id,
        dimensionKey,
        score,
        evidence: null,
        position,
        workspaceId,
      })),
    );
  }
}
