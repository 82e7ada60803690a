import { z } from 'zod';
import { line, optionalText, uuid, versioned } from '../../http/schemas.ts';
import { roles } from '../access/roles.ts';
import { email } from '../users/user.schema.ts';

export const workspaceSchema = z
  .object({ id: uuid, name: z.string(), description: z.string().nullable(), role: z.enum(roles), ...versioned })
  .meta({ id: 'Workspace' });
export type Workspace = z.infer<typeof workspaceSchema>;

export const createWorkspaceBody = z.strictObject({ name: line(120), description: optionalText(2000) });
export const updateWorkspaceBody = z.strictObject({ name: line(120).optional(), description: optionalText(2000) });

export const memberSchema = z
  .object({
    userId: uuid,
    email: z.string(),
    name: z.string(),
    role: z.enum(roles),
    personId: uuid.nullable().describe('The person this member is in the network, where influence paths start; null when not set.'),
    ...versioned,
  })
  .meta({ id: 'Member' });
export type Member = z.infer<typeof memberSchema>;

export const addMemberBody = z.strictObject({ email, role: z.enum(roles) });
export const updateMemberBody = z.strictObject({ role: z.enum(roles) });
export const memberParams = z.strictObject({ workspaceId: uuid, userId: uuid });
/** What members say about themselves: which person in the network they are (null clears it). */
export const updateOwnMembershipBody = z.strictObject({ personId: uuid.nullable() });
