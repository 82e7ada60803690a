import type { FastifyRequest } from 'fastify';
import type { AppContext } from '../../app/context.ts';
import { unauthenticated } from '../../http/errors.ts';
import type { Actor } from '../../http/route.ts';
import { hashSecret } from '../../lib/ids.ts';
import { nowIso } from '../../lib/clock.ts';
import { findUserBySessionHash } from '../sessions/session.repository.ts';
import { findUserByTokenHash, touchToken } from '../tokens/token.repository.ts';
import type { Role } from './roles.ts';

export const SESSION_COOKIE = 'kring_session';

/** The actor, and their role in the workspace the request names (null when not a member). */
export type AuthenticatedActor = Actor & { workspaceRole: Role | null };

/**
 * Who sent the request: a bearer token wins over the session cookie; null when neither is
 * sent. The role in `workspaceId` comes with the same query, saving a lookup per request.
 */
export async function authenticate(
  ctx: AppContext,
  request: FastifyRequest,
  workspaceId: string | null,
): Promise<AuthenticatedActor | null> {
  const header = request.headers.authorization;
  if (header !== undefined) {
    const match = /^Bearer\s+(\S+)$/i.exec(header);
    if (!match?.[1]) throw unauthenticated('The Authorization header must be "Bearer <token>".');
    const found = await findUserByTokenHash(ctx.db.kysely, hashSecret(match[1]), nowIso(), workspaceId);
    if (!found) throw unauthenticated('The bearer token is unknown or expired.');
    await touchToken(ctx.db.kysely, found.tokenId, found.lastUsedAt);
    return { userId: found.userId, isAdmin: found.isAdmin === 1, via: 'token', ip: request.ip, workspaceRole: found.role };
  }
  const cookie = request.cookies[SESSION_COOKIE];
  if (cookie === undefined || cookie === '') return null;
  const found = await findUserBySessionHash(ctx.db.kysely, hashSecret(cookie), nowIso(), workspaceId);
  if (!found) return null;
  return { userId: found.userId, isAdmin: found.isAdmin === 1, via: 'session', ip: request.ip, workspaceRole: found.role };
}
