import type { AppContext } from '../../app/context.ts';
import { nowIso } from '../../lib/clock.ts';
import { hashSecret, newId, newSecret } from '../../lib/ids.ts';
import { recordAudit } from '../audit/audit.repository.ts';
import { insertToken } from './token.repository.ts';

/** Creates an API token for a user; the secret is returned once and stored only as a hash. */
export async function createApiToken(ctx: AppContext, userId: string, name: string, expiresOn: string | null, ip: string | null) {
  const token = newSecret('kring');
  const row = {
    id: newId(),
    userId,
    name,
    tokenHash: hashSecret(token),
    createdAt: nowIso(),
    expiresAt: expiresOn ? `${expiresOn}T23:59:59.999Z` : null,
  };
  await ctx.db.kysely.transaction().execute(async (trx) => {
    await insertToken(trx, row);
    await recordAudit(trx, { workspaceId: null, actorId: userId, action: 'create', subjectType: 'api_token', subjectId: row.id, ip });
  });
  return { id: row.id, name, createdAt: row.createdAt, lastUsedAt: null, expiresAt: row.expiresAt, token };
}
