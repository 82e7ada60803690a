import { z } from 'zod';
import { noteSubjectTypes, noteVisibilities } from '../../domain/vocabulary.ts';
import { pageOf, uuid, versioned } from '../../http/schemas.ts';
import { pageQuery } from '../../http/pagination.ts';

export { noteSubjectTypes, noteVisibilities };
export type NoteSubjectType = (typeof noteSubjectTypes)[number];

export type NoteVisibility = (typeof noteVisibilities)[number];

const MAX_BODY = 20_000;

export const noteSchema = z
  .object({
    id: uuid,
    workspaceId: uuid,
    subjectType: z.enum(noteSubjectTypes),
    subjectId: uuid.describe('The person, organisation, relation or theme the note is about.'),
    authorId: uuid.describe('The user who wrote the note.'),
    authorName: z.string(),
    visibility: z.enum(noteVisibilities).describe('private: only the author sees the note; workspace: every member does.'),
    body: z.string(),
    ...versioned,
  })
  .meta({ id: 'Note' });
export type Note = z.infer<typeof noteSchema>;

const body = z.string().trim().min(1, 'Must not be empty.').max(MAX_BODY, `At most ${MAX_BODY} characters.`);
const visibility = z.enum(noteVisibilities);

export const createNoteBody = z.strictObject({
  subjectType: z.enum(noteSubjectTypes),
  subjectId: uuid.describe('A record of the subject type in the same workspace.'),
  visibility: visibility.optional().describe('Defaults to workspace.'),
  body,
});
export type CreateNote = z.infer<typeof createNoteBody>;

export const updateNoteBody = z.strictObject({ body: body.optional(), visibility: visibility.optional() });
export type UpdateNote = z.infer<typeof updateNoteBody>;

export const listNotesQuery = z.strictObject({
  ...pageQuery,
  sort: z.enum(['createdAt', '-createdAt']).default('-createdAt').describe('Sort field; -createdAt (newest first) by default.'),
  subjectId: uuid.optional().describe('Only the notes on this record.'),
  subjectType: z.enum(noteSubjectTypes).optional(),
});
export type ListNotesQuery = z.infer<typeof listNotesQuery>;

export const notePage = pageOf(noteSchema);
