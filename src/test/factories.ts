import type { AppContext } from '../app/context.ts';
import type { Role } from '../modules/access/roles.ts';
import { createApiToken } from '../modules/tokens/token.service.ts';
import { hashPassword } from '../modules/users/password.ts';
import { insertUser } from '../modules/users/user.repository.ts';
import { createWorkspace, addMember } from '../modules/workspaces/workspace.service.ts';
import { nowIso } from '../lib/clock.ts';
import { newId } from '../lib/ids.ts';

export const TEST_PASSWORD = 'correct-horse-battery';
let passwordHash: Promise<string> | undefined;

let sequence = 0;

/** A user with an API token; the password hash is computed once per test process. */
export async function makeUser(ctx: AppContext, options: { admin?: boolean; name?: string } = {}) {
  passwordHash ??= hashPassword(TEST_PASSWORD);
  sequence += 1;
  const now = nowIso();
  const user = {
    id: newId(),
    email: `user${sequence}-${Math.random().toString(36).slice(2, 7)}@kring.test`,
    name: options.name ?? `Test User ${sequence}`,
    passwordHash: await passwordHash,
    isAdmin: options.admin ? 1 : 0,
    personId: null,
    locale: null,
    version: 1,
    createdAt: now,
    updatedAt: now,
  };
  await insertUser(ctx.db.kysely, user);
  const { token } = await createApiToken(ctx, user.id, 'test', null, null);
  return { ...user, token };
}

/** A workspace with an owner, plus an editor and a viewer, each with a token. */
export async function makeWorkspace(ctx: AppContext, name = 'Test workspace') {
  const owner = await makeUser(ctx, { name: 'Owner' });
  const workspace = await createWorkspace(ctx, { userId: owner.id, ip: '127.0.0.1' }, { name });
  const member = async (role: Role) => {
    const user = await makeUser(ctx, { name: role });
    await addMember(ctx, { workspaceId: workspace.id, userId: owner.id, ip: null }, user.email, role);
    return user;
  };
  return { workspace, owner, editor: await member('editor'), viewer: await member('viewer'), outsider: await makeUser(ctx) };
}
