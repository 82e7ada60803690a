import { z } from 'zod';
import { knowledgeItemKinds } from '../../domain/vocabulary.ts';
import { isoDate, line, optionalText, pageOf, sortParam, uuid, versioned } from '../../http/schemas.ts';
import { pageQuery } from '../../http/pagination.ts';

export const knowledgeItemSchema = z
  .object({
    id: uuid,
    workspaceId: uuid,
    groupId: uuid.nullable().describe('The group it was shared in.'),
    kind: z.enum(knowledgeItemKinds),
    title: z.string(),
    url: z.string().nullable().describe('An http or https address.'),
    description: z.string().nullable(),
    sharedOn: isoDate,
    sharedById: uuid.nullable().describe('The person who shared it.'),
    themeIds: z.array(uuid).describe('Ordered by title.'),
    ...versioned,
  })
  .meta({ id: 'KnowledgeItem', description: 'A presentation, training or document shared in a group.' });
export type KnowledgeItem = z.infer<typeof knowledgeItemSchema>;

const MAX_THEMES = 200;

export const createKnowledgeItemBody = z.strictObject({
  groupId: uuid.nullable().optional().describe('A group of the same workspace.'),
  kind: z.enum(knowledgeItemKinds),
  title: line(200),
  url: z
    .url({ protocol: /^https?$/, message: 'Must be an http or https address.' })
    .max(2000, 'At most 2000 characters.')
    .nullable()
    .optional(),
  description: optionalText(5000),
  sharedOn: isoDate.optional().describe('Defaults to today.'),
  sharedById: uuid.nullable().optional().describe('A person of the same workspace.'),
  themeIds: z
    .array(uuid)
    .max(MAX_THEMES, `At most ${MAX_THEMES} themes.`)
    .optional()
    .describe('Themes of the same workspace; on PATCH the list replaces the old one.'),
});
export type CreateKnowledgeItem = z.infer<typeof createKnowledgeItemBody>;

export const updateKnowledgeItemBody = createKnowledgeItemBody.partial();
export type UpdateKnowledgeItem = z.infer<typeof updateKnowledgeItemBody>;

export const knowledgeItemSorts = ['sharedOn', 'title', 'createdAt'] as const;

export const listKnowledgeItemsQuery = z.strictObject({
  ...pageQuery,
  sort: sortParam(knowledgeItemSorts, '-sharedOn' as 'sharedOn'),
  groupId: uuid.optional().describe('Only what was shared in this group.'),
  themeId: uuid.optional(),
  sharedById: uuid.optional(),
  kind: z.enum(knowledgeItemKinds).optional(),
  q: z.string().trim().min(1).max(100).optional().describe('Title starts with (ignoring case and accents).'),
});
export type ListKnowledgeItemsQuery = z.infer<typeof listKnowledgeItemsQuery>;

export const knowledgeItemPage = pageOf(knowledgeItemSchema);
