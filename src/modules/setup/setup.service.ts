import type { AppContext } from '../../app/context.ts';
import { HttpError } from '../../http/errors.ts';
import { daysFromNow, nowIso } from '../../lib/clock.ts';
import { hashSecret, newSecret } from '../../lib/ids.ts';
import { countUsers } from '../users/user.repository.ts';
import { createUser, type NewUser } from '../users/user.service.ts';
import type { User } from '../users/user.schema.ts';

/**
 * On a fresh install: creates the administrator from KRING_ADMIN_* when set; otherwise
 * returns a one-time setup link for the operator to create the first account.
 */
export async function ensureFirstAccount(ctx: AppContext): Promise<{ setupUrl?: string; createdAdmin?: string }> {
  if ((await countUsers(ctx.db.kysely)) > 0) return {};
  if (ctx.config.admin) {
    await createUser(ctx, { ...ctx.config.admin, name: 'Administrator', isAdmin: true }, null);
    return { createdAdmin: ctx.config.admin.email };
  }
  const token = newSecret('setup');
  await ctx.db.kysely.transaction().execute(async (trx) => {
    // Only the newest link works: a restart replaces the one printed before.
    await trx.deleteFrom('setupTokens').execute();
    await trx
      .insertInto('setupTokens')
      .values({ tokenHash: hashSecret(token), createdAt: nowIso(), expiresAt: daysFromNow(7) })
      .execute();
  });
  return { setupUrl: `${ctx.config.publicUrl}/setup#token=${token}` };
}

export async function setupNeeded(ctx: AppContext): Promise<boolean> {
  return (await countUsers(ctx.db.kysely)) === 0;
}

const invalidToken = () =>
  new HttpError(
    403,
    'invalid_setup_token',
    'Invalid setup link',
    'This setup link is unknown, used or expired; restart Kring for a new one.',
  );

/** Creates the first administrator with a setup token; the token is spent. */
export async function completeSetup(ctx: AppContext, token: string, account: Omit<NewUser, 'isAdmin'>): Promise<User> {
  if (!(await setupNeeded(ctx)))
    throw new HttpError(409, 'already_set_up', 'Already set up', 'Kring already has an account; sign in instead.');
  const row = await ctx.db.kysely
    .selectFrom('setupTokens')
    .select('tokenHash')
    .where('tokenHash', '=', hashSecret(token))
    .where('expiresAt', '>', nowIso())
    .executeTakeFirst();
  if (!row) throw invalidToken();
  const user = await createUser(ctx, { ...account, isAdmin: true }, null);
  await ctx.db.kysely.deleteFrom('setupTokens').execute();
  return user;
}
