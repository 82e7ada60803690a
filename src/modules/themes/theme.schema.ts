import { z } from 'zod';
import { themeKinds, themeStatuses } from '../../domain/vocabulary.ts';
import { isoDate, line, optionalText, pageOf, sortParam, uuid, versioned } from '../../http/schemas.ts';
import { pageQuery } from '../../http/pagination.ts';

export { themeKinds, themeStatuses };
export type ThemeKind = (typeof themeKinds)[number];

export type ThemeStatus = (typeof themeStatuses)[number];

export const themeSchema = z
  .object({
    id: uuid,
    workspaceId: uuid,
    title: z.string(),
    kind: z.enum(themeKinds),
    status: z.enum(themeStatuses),
    description: z.string().nullable(),
    horizon: isoDate.nullable().describe('The date the theme looks ahead to, YYYY-MM-DD.'),
    ownerId: uuid.nullable().describe('The person who owns the theme.'),
    organisationIds: z.array(uuid).describe('The organisations the theme concerns, ordered by name.'),
    ...versioned,
  })
  .meta({ id: 'Theme' });
export type Theme = z.infer<typeof themeSchema>;

const MAX_ORGANISATIONS = 200;

export const createThemeBody = z.strictObject({
  title: line(200),
  kind: z.enum(themeKinds),
  status: z.enum(themeStatuses).optional().describe('Defaults to exploring.'),
  description: optionalText(5000),
  horizon: isoDate.nullable().optional(),
  ownerId: uuid.nullable().optional().describe('A person of the same workspace.'),
  organisationIds: z
    .array(uuid)
    .max(MAX_ORGANISATIONS, `At most ${MAX_ORGANISATIONS} organisations.`)
    .optional()
    .describe('Organisations of the same workspace; on PATCH the list replaces the old one.'),
});
export type CreateTheme = z.infer<typeof createThemeBody>;

export const updateThemeBody = createThemeBody.partial();
export type UpdateTheme = z.infer<typeof updateThemeBody>;

export const themeSorts = ['title', 'createdAt', 'updatedAt'] as const;

export const listThemesQuery = z.strictObject({
  ...pageQuery,
  sort: sortParam(themeSorts, 'title'),
  kind: z.enum(themeKinds).optional(),
  status: z.enum(themeStatuses).optional(),
  organisationId: uuid.optional().describe('Only themes linked to this organisation.'),
  q: z.string().trim().min(1).max(100).optional().describe('Title starts with (ignoring case and accents).'),
});
export type ListThemesQuery = z.infer<typeof listThemesQuery>;

export const themePage = pageOf(themeSchema);
