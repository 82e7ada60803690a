import { z } from 'zod';
import { booleanQuery, isoDate, line, pageOf, sortParam, timestamp, uuid, versioned } from '../../http/schemas.ts';
import { pageQuery } from '../../http/pagination.ts';

export const actionSchema = z
  .object({
    id: uuid,
    workspaceId: uuid,
    interactionId: uuid.nullable().describe('The interaction this action follows up, if any.'),
    title: z.string(),
    ownerPersonId: uuid.nullable().describe('A person of the network who owns the action.'),
    ownerUserId: uuid.nullable().describe('A workspace member who owns the action.'),
    dueOn: isoDate.nullable(),
    done: z.boolean(),
    doneAt: timestamp.nullable().describe('When the action was marked done.'),
    ...versioned,
  })
  .meta({ id: 'Action' });
export type Action = z.infer<typeof actionSchema>;

export const createActionBody = z.strictObject({
  title: line(300),
  interactionId: uuid.nullable().optional().describe('An interaction of the same workspace.'),
  ownerPersonId: uuid.nullable().optional().describe('A person of the same workspace.'),
  ownerUserId: uuid.nullable().optional().describe('A member of the workspace.'),
  dueOn: isoDate.nullable().optional(),
  done: z.boolean().optional().describe('Marking an action done records doneAt; undoing it clears doneAt.'),
});
export type CreateAction = z.infer<typeof createActionBody>;

export const updateActionBody = createActionBody.partial();
export type UpdateAction = z.infer<typeof updateActionBody>;

export const listActionsQuery = z.strictObject({
  ...pageQuery,
  sort: sortParam(['dueOn', 'createdAt'] as const, 'dueOn').describe(
    'Sort field; prefix with - for descending. dueOn puts undated actions last.',
  ),
  owner: z.enum(['me']).optional().describe('me: actions owned by the signed-in user or by the person that represents them.'),
  ownerUserId: uuid.optional(),
  ownerPersonId: uuid.optional(),
  interactionId: uuid.optional().describe('Only the follow-ups of this interaction.'),
  done: booleanQuery.describe('true or false.'),
  dueBefore: isoDate.optional().describe('Only actions due before this date (overdue on that day).'),
});
export type ListActionsQuery = z.infer<typeof listActionsQuery>;

export const actionPage = pageOf(actionSchema);
