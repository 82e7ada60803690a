import type { FastifyReply } from 'fastify';
import type { AppContext } from '../../app/context.ts';
import { unauthenticated } from '../../http/errors.ts';
import { daysFromNow, nowIso } from '../../lib/clock.ts';
import { hashSecret, newId, newSecret } from '../../lib/ids.ts';
import { SESSION_COOKIE } from '../access/authenticate.ts';
import { recordAudit } from '../audit/audit.repository.ts';
import { decoyPasswordHash, verifyPassword } from '../users/password.ts';
import { findUserByEmail, presentUser } from '../users/user.repository.ts';
import type { User } from '../users/user.schema.ts';
import { deleteExpiredSessions, deleteSessionByHash, insertSession } from './session.repository.ts';

/** Checks the password; the same 401 for an unknown e-mail and a wrong password. */
export async function checkCredentials(ctx: AppContext, email: string, password: string): Promise<User> {
  const user = await findUserByEmail(ctx.db.kysely, email);
  const valid = await verifyPassword(user?.passwordHash ?? (await decoyPasswordHash()), password);
  if (!user || !valid) throw unauthenticated('The e-mail address or password is wrong.');
  return presentUser(user);
}

/** Starts a browser session: stores the hash, sets the cookie (HttpOnly, SameSite=Lax, Secure on https). */
export async function startSession(ctx: AppContext, reply: FastifyReply, userId: string, ip: string): Promise<void> {
  const token = newSecret('ks');
  const now = nowIso();
  await ctx.db.kysely.transaction().execute(async (trx) => {
    await deleteExpiredSessions(trx, now);
    await insertSession(trx, {
      id: newId(),
      tokenHash: hashSecret(token),
      userId,
      createdAt: now,
      expiresAt: daysFromNow(ctx.config.sessionDays),
    });
    await recordAudit(trx, { workspaceId: null, actorId: userId, action: 'login', subjectType: 'session', subjectId: null, ip });
  });
  reply.setCookie(SESSION_COOKIE, token, {
    path: '/',
    httpOnly: true,
    sameSite: 'lax',
    secure: ctx.config.secureCookies,
    maxAge: ctx.config.sessionDays * 86_400,
  });
}

/** Ends the session of this cookie, if any, and clears the cookie. */
export async function endSession(ctx: AppContext, reply: FastifyReply, cookie: string | undefined, actorId: string | null, ip: string) {
  if (cookie) {
    await ctx.db.kysely.transaction().execute(async (trx) => {
      await deleteSessionByHash(trx, hashSecret(cookie));
      await recordAudit(trx, { workspaceId: null, actorId, action: 'logout', subjectType: 'session', subjectId: null, ip });
    });
  }
  reply.clearCookie(SESSION_COOKIE, { path: '/' });
}
