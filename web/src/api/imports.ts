import { request } from './http.ts';
import { workspacePath } from './records.ts';
import type { ImportInput, ImportResult } from './types.ts';

export type { ImportedOrganisation, ImportedPerson, ImportResult } from './types.ts';

/** The file formats the import reads. */
export type ImportFormat = ImportInput['format'];

/** What the page sends: the file's text, its format, its name as the source, and whether only to check it. */
export type ImportRequest = Pick<ImportInput, 'format' | 'content' | 'dryRun' | 'source'>;

/** Importing people from a CSV file or an address book (vCard). */
export const importsApi = {
  /** A dry run answers 200 with what would happen; a real import 201 with what happened. */
  run: (workspaceId: string, body: ImportRequest) => request<ImportResult>(workspacePath(workspaceId, 'imports'), { method: 'POST', body }),
};
