import { z } from 'zod';
import { groupKinds, groupMemberRoles } from '../../domain/vocabulary.ts';
import { isoDate, line, optionalText, pageOf, sortParam, uuid, versioned } from '../../http/schemas.ts';
import { pageQuery } from '../../http/pagination.ts';

const memberSchema = z.object({
  personId: uuid,
  personName: z.string(),
  role: z.enum(groupMemberRoles),
  since: isoDate.nullable(),
  until: isoDate.nullable(),
});

export const groupSchema = z
  .object({
    id: uuid,
    workspaceId: uuid,
    name: z.string(),
    kind: z.enum(groupKinds),
    description: z.string().nullable(),
    themeIds: z.array(uuid).describe('The themes the group works on, ordered by title.'),
    members: z.array(memberSchema).describe('In the order they were sent.'),
    organisations: z
      .array(z.object({ id: uuid, name: z.string() }))
      .describe('The organisations the members currently work for (their affiliations without an end date in the past), ordered by name.'),
    ...versioned,
  })
  .meta({
    id: 'Group',
    description: "A working group, regional meeting or data team. Its meetings are interactions with this group's id.",
  });
export type Group = z.infer<typeof groupSchema>;
export type GroupMember = z.infer<typeof memberSchema>;

const MAX_MEMBERS = 500;
const MAX_THEMES = 200;

const memberInput = z.strictObject({
  personId: uuid.describe('A person of the same workspace, at most once per group.'),
  role: z.enum(groupMemberRoles).optional().describe('Defaults to member.'),
  since: isoDate.nullable().optional(),
  until: isoDate.nullable().optional().describe('Not before since.'),
});
export type GroupMemberInput = z.infer<typeof memberInput>;

export const createGroupBody = z.strictObject({
  name: line(200).describe('Unique in the workspace (ignoring case and accents).'),
  kind: z.enum(groupKinds),
  description: optionalText(5000),
  themeIds: z
    .array(uuid)
    .max(MAX_THEMES, `At most ${MAX_THEMES} themes.`)
    .optional()
    .describe('Themes of the same workspace; on PATCH the list replaces the old one.'),
  members: z
    .array(memberInput)
    .max(MAX_MEMBERS, `At most ${MAX_MEMBERS} members.`)
    .optional()
    .describe('On PATCH the list replaces the old one.'),
});
export type CreateGroup = z.infer<typeof createGroupBody>;

export const updateGroupBody = createGroupBody.partial();
export type UpdateGroup = z.infer<typeof updateGroupBody>;

export const groupSorts = ['name', 'createdAt', 'updatedAt'] as const;

export const listGroupsQuery = z.strictObject({
  ...pageQuery,
  sort: sortParam(groupSorts, 'name'),
  kind: z.enum(groupKinds).optional(),
  themeId: uuid.optional().describe('Only groups working on this theme.'),
  personId: uuid.optional().describe('Only groups this person is a member of.'),
  q: z.string().trim().min(1).max(100).optional().describe('Name starts with (ignoring case and accents).'),
});
export type ListGroupsQuery = z.infer<typeof listGroupsQuery>;

export const groupPage = pageOf(groupSchema);
