import type { Kysely } from 'kysely';
import type { AppContext } from '../../app/context.ts';
import type { Database } from '../../db/schema.ts';
import { badRequest, notFound, preconditionFailed, type ProblemDetail } from '../../http/errors.ts';
import { assertVersion } from '../../http/etag.ts';
import type { WorkspaceActor } from '../../http/route.ts';
import { nowIso } from '../../lib/clock.ts';
import { newId } from '../../lib/ids.ts';
import { fold } from '../../lib/text.ts';
import { auditByActor } from '../audit/audit.repository.ts';
import { deleteNotesOn } from '../notes/note.repository.ts';
import { deleteSearchDocuments, upsertSearchDocument } from '../search/search-document.repository.ts';
import * as repo from './theme.repository.ts';
import type { CreateTheme, Theme, UpdateTheme } from './theme.schema.ts';
import { existingOrganisationIds } from '../organisations/organisation.repository.ts';
import { mandateIdsOfThemes } from '../mandates/mandate.repository.ts';

type Executor = Kysely<Database>;

export async function getTheme(ctx: AppContext, workspaceId: string, id: string): Promise<Theme> {
  const row = await repo.findTheme(ctx.db.kysely, workspaceId, id);
  if (!row) throw notFound('Theme');
  const [theme] = await repo.presentThemes(ctx.db.kysely, [row]);
  return theme as Theme;
}

/**
 * The owner must be a person and every organisation an organisation of the same workspace;
 * every broken reference is reported at once, each at its own pointer.
 */
async function checkReferences(
  db: Executor,
  workspaceId: string,
  input: { ownerId?: string | null; organisationIds?: string[] },
): Promise<void> {
  const problems: ProblemDetail[] = [];
  const problem = (pointer: string, code: string, detail: string) => problems.push({ in: 'body', location: { pointer }, code, detail });
  if (input.ownerId && !(await repo.personExists(db, workspaceId, input.ownerId))) {
    problem('/ownerId', 'not_found', 'No person with this id in this workspace.');
  }
  if (input.organisationIds) {
    const found = await existingOrganisationIds(db, workspaceId, [...new Set(input.organisationIds)]);
    const seen = new Set<string>();
    input.organisationIds.forEach((id, index) => {
      if (seen.has(id)) problem(`/organisationIds/${index}`, 'duplicate', 'This organisation is already in the list.');
      else if (!found.has(id)) problem(`/organisationIds/${index}`, 'not_found', 'No organisation with this id in this workspace.');
      seen.add(id);
    });
  }
  if (problems.length > 0) {
    throw badRequest(
      problems.length === 1 ? (problems[0]?.detail ?? 'Invalid input.') : `${problems.length} problems in the request.`,
      problems,
    );
  }
}

async function writeSearchDocument(db: Executor, row: { id: string; workspaceId: string; title: string; description: string | null }) {
  await upsertSearchDocument(db, {
    entityId: row.id,
    workspaceId: row.workspaceId,
    entityType: 'theme',
    title: row.title,
    body: [row.description],
  });
}

export async function createTheme(ctx: AppContext, actor: WorkspaceActor, input: CreateTheme): Promise<Theme> {
  const now = nowIso();
  const row = {
    id: newId(),
    workspaceId: actor.workspaceId,
    title: input.title,
    sortTitle: fold(input.title),
    kind: input.kind,
    status: input.status ?? 'exploring',
    description: input.description ?? null,
    horizon: input.horizon ?? null,
    ownerId: input.ownerId ?? null,
    version: 1,
    createdAt: now,
    updatedAt: now,
  };
  return ctx.db.kysely.transaction().execute(async (trx) => {
    await checkReferences(trx, actor.workspaceId, input);
    await repo.insertTheme(trx, row);
    await repo.replaceThemeOrganisations(trx, actor.workspaceId, row.id, input.organisationIds ?? []);
    await writeSearchDocument(trx, row);
    await auditByActor(trx, actor, 'create', 'theme', row.id);
    const [theme] = await repo.presentThemes(trx, [row]);
    return theme as Theme;
  });
}

export async function updateTheme(
  ctx: AppContext,
  actor: WorkspaceActor,
  id: string,
  expected: number,
  input: UpdateTheme,
): Promise<Theme> {
  return ctx.db.kysely.transaction().execute(async (trx) => {
    const current = await repo.findTheme(trx, actor.workspaceId, id);
    if (!current) throw notFound('Theme');
    assertVersion(current, expected);
    await checkReferences(trx, actor.workspaceId, input);
    const { organisationIds, ...fields } = input;
    const changes = {
      ...fields,
      ...(input.title !== undefined ? { sortTitle: fold(input.title) } : {}),
      updatedAt: nowIso(),
    };
    if (!(await repo.updateTheme(trx, id, expected, changes))) throw preconditionFailed(current.version);
    if (organisationIds !== undefined) await repo.replaceThemeOrganisations(trx, actor.workspaceId, id, organisationIds);
    const updated = { ...current, ...changes, version: expected + 1 };
    await writeSearchDocument(trx, updated);
    await auditByActor(trx, actor, 'update', 'theme', id);
    const [theme] = await repo.presentThemes(trx, [updated]);
    return theme as Theme;
  });
}

/** Deletes a theme with its organisation links, its mandates, the notes on both and its search document. */
export async function deleteTheme(ctx: AppContext, actor: WorkspaceActor, id: string): Promise<void> {
  await ctx.db.kysely.transaction().execute(async (trx) => {
    const current = await repo.findTheme(trx, actor.workspaceId, id);
    if (!current) throw notFound('Theme');
    await deleteNotesOn(trx, actor.workspaceId, 'theme', [id]);
    await deleteNotesOn(trx, actor.workspaceId, 'mandate', await mandateIdsOfThemes(trx, actor.workspaceId, [id]));
    await deleteSearchDocuments(trx, [id]);
    await repo.deleteTheme(trx, actor.workspaceId, id);
    await auditByActor(trx, actor, 'delete', 'theme', id);
  });
}
