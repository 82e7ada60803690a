import type { FastifyRequest } from 'fastify';
import type { CompiledQuery, Kysely } from 'kysely';
import { QueryPrecondition } from '../../db/precondition.ts';
import type { Database } from '../../db/schema.ts';
import type { AppContext } from '../../app/context.ts';
import { unauthenticated } from '../../http/errors.ts';
import type { Actor } from '../../http/route.ts';
import { hashSecret } from '../../lib/ids.ts';
import { nowIso } from '../../lib/clock.ts';
import { userBySessionHashQuery } from '../sessions/session.repository.ts';
import { TOUCH_INTERVAL_MS, touchToken, userByTokenHashQuery } from '../tokens/token.repository.ts';
import type { Role } from './roles.ts';

export const SESSION_COOKIE = 'kring_session';

/** The actor, and their role in the workspace the request names (null when not a member). */
export type AuthenticatedActor = Actor & { workspaceRole: Role | null };

/** What a request presents to say who sends it: the hash of a bearer token or of a session cookie. */
export interface Credential {
  via: 'token' | 'session';
  hash: string;
}

/** What checking a credential finds: the user, and their role in the workspace named (null when not a member). */
export interface CredentialRow {
  userId: string;
  isAdmin: number;
  role: Role | null;
  /** Only for a token: its use is recorded at most once an hour. */
  tokenId?: string;
  lastUsedAt?: string | null;
}

/**
 * When each token's use was last known to be recorded (ms), by the token's hash. A read whose
 * query carried the credential check learns that the token is valid, not when it was last
 * recorded as used; this says when to look. It decides nothing about access.
 */
const tokenUseRecorded = new Map<string, number>();
const MAX_TOKENS_REMEMBERED = 10_000;

/** The credential a request presents: a bearer token wins over the session cookie; null when neither is sent. */
export function presentedCredential(request: FastifyRequest): Credential | null {
  const header = request.headers.authorization;
  if (header !== undefined) {
    const match = /^Bearer\s+(\S+)$/i.exec(header);
    if (!match?.[1]) throw unauthenticated('The Authorization header must be "Bearer <token>".');
    return { via: 'token', hash: hashSecret(match[1]) };
  }
  const cookie = request.cookies[SESSION_COOKIE];
  if (cookie === undefined || cookie === '') return null;
  return { via: 'session', hash: hashSecret(cookie) };
}

/** The query that checks a credential, with the role in `workspaceId` in the same statement (not run). */
function credentialCheck(db: Kysely<Database>, credential: Credential, workspaceId: string | null): CompiledQuery<CredentialRow> {
  const query = credential.via === 'token' ? userByTokenHashQuery : userBySessionHashQuery;
  return query(db, credential.hash, nowIso(), workspaceId) as CompiledQuery<CredentialRow>;
}

/**
 * The credential check as the precondition of a member's reads: it holds when the credential is
 * live and its user has a role in the workspace (src/db/precondition.ts).
 */
export function credentialPrecondition(
  db: Kysely<Database>,
  credential: Credential,
  workspaceId: string,
): QueryPrecondition<CredentialRow> {
  return new QueryPrecondition(credentialCheck(db, credential, workspaceId), 'role');
}

/**
 * The actor behind a checked credential; null for a session that is gone (the request then
 * counts as anonymous), 401 for a token that is unknown or expired. A token's use is recorded.
 */
export async function admit(
  ctx: AppContext,
  request: FastifyRequest,
  credential: Credential,
  found: CredentialRow | undefined,
): Promise<AuthenticatedActor | null> {
  if (credential.via === 'token') {
    if (!found) throw unauthenticated('The bearer token is unknown or expired.');
    rememberTokenUse(credential.hash, await touchToken(ctx.db.kysely, found.tokenId!, found.lastUsedAt ?? null));
  }
  if (!found) return null;
  return { userId: found.userId, isAdmin: found.isAdmin === 1, via: credential.via, ip: request.ip, workspaceRole: found.role };
}

/**
 * Who sent the request: a bearer token wins over the session cookie; null when neither is
 * sent. The role in `workspaceId` comes with the same query, saving a lookup per request.
 */
export async function authenticate(
  ctx: AppContext,
  request: FastifyRequest,
  workspaceId: string | null,
): Promise<AuthenticatedActor | null> {
  const credential = presentedCredential(request);
  if (credential === null) return null;
  const { rows } = await ctx.db.kysely.executeQuery(credentialCheck(ctx.db.kysely, credential, workspaceId));
  return admit(ctx, request, credential, rows[0]);
}

/**
 * Whether a read whose query showed the credential valid, without reading its row, must still
 * read it: for a token whose use was last seen recorded an hour ago or more, or not yet.
 */
export function tokenUseDue(credential: Credential): boolean {
  if (credential.via !== 'token') return false;
  const recorded = tokenUseRecorded.get(credential.hash);
  return recorded === undefined || Date.now() - recorded >= TOUCH_INTERVAL_MS;
}

function rememberTokenUse(hash: string, recorded: number): void {
  if (tokenUseRecorded.size >= MAX_TOKENS_REMEMBERED) tokenUseRecorded.clear();
  tokenUseRecorded.set(hash, recorded);
}
