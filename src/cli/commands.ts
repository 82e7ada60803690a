import { z } from 'zod';
import { openContext } from '../app/start.ts';
import type { AppContext } from '../app/context.ts';
import type { Config } from '../config/config.ts';
import { migrateToLatest } from '../db/migrate.ts';
import { openDatabase } from '../db/dialect.ts';
import { loadDemoRegion } from '../demo/load-demo.ts';
import { HttpError } from '../http/errors.ts';
import { roleAllows, roles } from '../modules/access/roles.ts';
import { importFormats } from '../modules/imports/import.schema.ts';
import { importPeople } from '../modules/imports/import.service.ts';
import { findMember } from '../modules/workspaces/workspace.repository.ts';
import { createApiToken } from '../modules/tokens/token.service.ts';
import { findFirstAdmin, findUserByEmail } from '../modules/users/user.repository.ts';
import { email as emailSchema, password as passwordSchema } from '../modules/users/user.schema.ts';
import { createUser } from '../modules/users/user.service.ts';
import { addMember } from '../modules/workspaces/workspace.service.ts';
import { readStdin } from './stdin.ts';
import { importFormatOf, importReport, importSource, problemLine, readImportFile } from './import-file.ts';
import { openApiDocument } from '../app/openapi-document.ts';

/** A command failure with the message to print and the exit code. */
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode = 1,
  ) {
    super(message);
  }
}

type Options = { owner?: string; admin?: boolean; name?: string; role?: string; as?: string; 'dry-run'?: boolean; format?: string };
type Command = (config: Config, args: string[], options: Options, out: (line: string) => void) => Promise<number>;

async function withContext<T>(config: Config, work: (ctx: AppContext) => Promise<T>): Promise<T> {
  const ctx = await openContext(config);
  try {
    return await work(ctx);
  } catch (error) {
    if (error instanceof HttpError) throw new CliError(error.message);
    throw error;
  } finally {
    await ctx.db.close();
  }
}

function parseOrFail<T>(schema: z.ZodType<T>, value: unknown, what: string): T {
  const parsed = schema.safeParse(value);
  if (!parsed.success) throw new CliError(`${what}: ${parsed.error.issues.map((i) => i.message).join('; ')}`, 2);
  return parsed.data;
}

async function requireUser(ctx: AppContext, email: string) {
  const user = await findUserByEmail(ctx.db.kysely, email);
  if (!user) throw new CliError(`no account with e-mail ${email}; create it with "kring user add ${email}"`);
  return user;
}

export const commands: Record<string, Command> = {
  openapi: async (config, _args, _options, out) => {
    out(JSON.stringify(openApiDocument(config), null, 2));
    return 0;
  },

  migrate: async (config, _args, _options, out) => {
    const db = openDatabase(config.database);
    try {
      const applied = await migrateToLatest(db);
      out(applied.length > 0 ? `Applied: ${applied.join(', ')}` : 'The database is up to date.');
      return 0;
    } finally {
      await db.close();
    }
  },

  demo: (config, _args, options, out) =>
    withContext(config, async (ctx) => {
      const owner = options.owner
        ? await requireUser(ctx, parseOrFail(emailSchema, options.owner, '--owner'))
        : await findFirstAdmin(ctx.db.kysely);
      if (!owner) throw new CliError('no administrator exists yet; start Kring once and create the first account, or pass --owner EMAIL');
      const { workspaceId, counts } = await loadDemoRegion(ctx, owner.id);
      out(
        `Loaded the demo region into workspace ${workspaceId}: ${counts.organisations} organisations, ${counts.people} people, ${counts.relations} relations, ${counts.themes} themes.`,
      );
      out(`Sign in at ${config.publicUrl}/ as ${owner.email} and choose the workspace "${counts.workspaceName}".`);
      return 0;
    }),

  user: async (config, args, options, out) => {
    const [sub, rawEmail] = args;
    if (sub !== 'add' || rawEmail === undefined)
      throw new CliError('usage: kring user add EMAIL [--name NAME] [--admin] (password on stdin)', 2);
    const email = parseOrFail(emailSchema, rawEmail, 'EMAIL');
    const password = parseOrFail(passwordSchema, (await readStdin()).replace(/\r?\n$/, ''), 'password (stdin)');
    return withContext(config, async (ctx) => {
      const user = await createUser(
        ctx,
        { email, name: options.name ?? email.split('@')[0] ?? email, password, isAdmin: options.admin === true },
        null,
      );
      out(`Created ${user.isAdmin ? 'administrator' : 'user'} ${user.email} (${user.id}).`);
      return 0;
    });
  },

  token: async (config, args, options, out) => {
    const [sub, rawEmail] = args;
    if (sub !== 'create' || rawEmail === undefined) throw new CliError('usage: kring token create EMAIL [--name NAME]', 2);
    const email = parseOrFail(emailSchema, rawEmail, 'EMAIL');
    return withContext(config, async (ctx) => {
      const user = await requireUser(ctx, email);
      const token = await createApiToken(ctx, user.id, options.name ?? 'cli', null, null);
      out(token.token);
      return 0;
    });
  },

  import: async (config, args, options, out) => {
    const [rawWorkspace, path] = args;
    if (rawWorkspace === undefined || path === undefined) {
      throw new CliError('usage: kring import WORKSPACE_ID FILE [--as EMAIL] [--format csv|vcard] [--dry-run]', 2);
    }
    const workspaceId = parseOrFail(z.uuid(), rawWorkspace, 'WORKSPACE_ID');
    let content: string;
    try {
      content = await readImportFile(path);
    } catch (error) {
      throw new CliError(`cannot read ${path}: ${(error as Error).message}`, 2);
    }
    const format = parseOrFail(z.enum(importFormats), options.format ?? importFormatOf(path, content), '--format');
    return withContext(config, async (ctx) => {
      const user = options.as ? await requireUser(ctx, parseOrFail(emailSchema, options.as, '--as')) : await findFirstAdmin(ctx.db.kysely);
      if (!user) throw new CliError('no administrator exists yet; pass --as EMAIL of an editor of the workspace');
      const member = await findMember(ctx.db.kysely, workspaceId, user.id);
      if (!member || !roleAllows(member.role, 'editor')) throw new CliError(`${user.email} is not an editor of workspace ${workspaceId}`);
      try {
        const result = await importPeople(
          ctx,
          { workspaceId, userId: user.id, ip: null },
          {
            format,
            content,
            dryRun: options['dry-run'] === true,
            source: importSource(path),
          },
        );
        for (const line of importReport(path, result)) out(line);
        return 0;
      } catch (error) {
        const problems = error instanceof HttpError ? error.extra.errors : undefined;
        if (problems === undefined) throw error;
        throw new CliError(`${path} was not imported:\n${problems.map((problem) => problemLine(path, problem)).join('\n')}`);
      }
    });
  },

  workspace: async (config, args, options, out) => {
    const [sub, rawWorkspace, rawEmail] = args;
    if (sub !== 'add-member' || rawWorkspace === undefined || rawEmail === undefined) {
      throw new CliError('usage: kring workspace add-member WORKSPACE_ID EMAIL [--role owner|editor|viewer]', 2);
    }
    const workspaceId = parseOrFail(z.uuid(), rawWorkspace, 'WORKSPACE_ID');
    const email = parseOrFail(emailSchema, rawEmail, 'EMAIL');
    const role = parseOrFail(z.enum(roles), options.role ?? 'viewer', '--role');
    return withContext(config, async (ctx) => {
      const workspace = await ctx.db.kysely.selectFrom('workspaces').select('name').where('id', '=', workspaceId).executeTakeFirst();
      if (!workspace) throw new CliError(`no workspace with id ${workspaceId}`);
      await requireUser(ctx, email);
      await addMember(ctx, { workspaceId, userId: null, ip: null }, email, role);
      out(`Added ${email} to "${workspace.name}" as ${role}.`);
      return 0;
    });
  },
};
