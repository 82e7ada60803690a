import type { AppContext } from '../../app/context.ts';
import { conflict } from '../../http/errors.ts';
import { nowIso } from '../../lib/clock.ts';
import { newId } from '../../lib/ids.ts';
import { isUniqueViolation } from '../../db/dialect.ts';
import { recordAudit } from '../audit/audit.repository.ts';
import { hashPassword } from './password.ts';
import { findUserByEmail, insertUser, presentUser } from './user.repository.ts';
import type { User } from './user.schema.ts';

export interface NewUser {
  email: string;
  name: string;
  password: string;
  isAdmin: boolean;
}

/** Creates an account; 409 when the e-mail is taken. */
export async function createUser(ctx: AppContext, input: NewUser, actorId: string | null): Promise<User> {
  const email = input.email.toLowerCase();
  const existing = await findUserByEmail(ctx.db.kysely, email);
  if (existing) throw conflict('A user with this e-mail already exists.', { id: existing.id });
  const now = nowIso();
  const row = {
    id: newId(),
    email,
    name: input.name,
    passwordHash: await hashPassword(input.password),
    isAdmin: input.isAdmin ? 1 : 0,
    personId: null,
    locale: null,
    version: 1,
    createdAt: now,
    updatedAt: now,
  };
  try {
    await ctx.db.kysely.transaction().execute(async (trx) => {
      await insertUser(trx, row);
      await recordAudit(trx, { workspaceId: null, actorId, action: 'create', subjectType: 'user', subjectId: row.id });
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw conflict('A user with this e-mail already exists.');
    throw error;
  }
  return presentUser(row);
}
