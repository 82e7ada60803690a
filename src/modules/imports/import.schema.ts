import { z } from 'zod';
import { optionalText, uuid } from '../../http/schemas.ts';

export const importFormats = ['csv', 'vcard'] as const;

export const importBody = z.strictObject({
  format: z
    .enum(importFormats)
    .describe('csv: a spreadsheet saved as CSV, its first row naming the columns; vcard: an address book (vCard 2.1, 3.0 or 4.0).'),
  content: z.string().min(1, 'Must not be empty.').describe("The file's text."),
  dryRun: z.boolean().default(false).describe('Only show what would be imported; nothing is written.'),
  source: optionalText(500).describe("Where the people's data came from (AVG art. 14), stored with each new person, e.g. the file's name."),
});
export type ImportInput = z.infer<typeof importBody>;

const reference = z.object({ id: uuid, href: z.string() });

const importedPerson = z
  .object({
    line: z.number().int().describe('The line of the file the person begins on, from 1.'),
    name: z.string(),
    jobTitle: z.string().nullable(),
    email: z.string().nullable(),
    phone: z.string().nullable(),
    organisation: z.string().nullable(),
    role: z.string().nullable(),
    tags: z.array(z.string()),
    outcome: z.enum(['create', 'skip']),
    reason: z
      .enum(['email_exists', 'name_exists', 'duplicate_in_file'])
      .optional()
      .describe(
        'Why a person is skipped: the e-mail address is in the workspace, or (without one) the name is, or the file has them twice.',
      ),
    existing: reference.optional().describe('The person already in the workspace.'),
    id: uuid.optional().describe('The new person, once written.'),
  })
  .meta({ id: 'ImportedPerson' });
export type ImportedPerson = z.infer<typeof importedPerson>;

const importedOrganisation = z
  .object({
    name: z.string(),
    outcome: z.enum(['existing', 'create']),
    id: uuid.optional().describe('The organisation in the workspace, once written when new.'),
  })
  .meta({ id: 'ImportedOrganisation' });
export type ImportedOrganisation = z.infer<typeof importedOrganisation>;

export const importResult = z
  .object({
    dryRun: z.boolean(),
    people: z.array(importedPerson),
    organisations: z.array(importedOrganisation),
    ignoredColumns: z.array(z.string()).describe("The file's columns that Kring does not take."),
    counts: z.object({
      peopleCreated: z.number().int(),
      peopleSkipped: z.number().int(),
      organisationsCreated: z.number().int(),
    }),
  })
  .meta({ id: 'ImportResult' });
export type ImportResult = z.infer<typeof importResult>;
