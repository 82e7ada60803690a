import { z } from 'zod';
import { toProblemDetails } from '../../http/validation.ts';
import { createOrganisationBody } from '../organisations/organisation.schema.ts';
import { createPersonBody } from '../people/person.schema.ts';
import type { ImportField } from './import-fields.ts';
import type { ImportProblem, ImportRecord } from './import-file.ts';

/** A person from the file, checked by the same rules as one created through the API. */
export interface ImportCandidate {
  line: number;
  name: string;
  jobTitle: string | null;
  email: string | null;
  phone: string | null;
  organisation: string | null;
  role: string | null;
  tags: string[];
}

const candidateSchema = z.object({
  name: createPersonBody.shape.name,
  jobTitle: createPersonBody.shape.jobTitle,
  email: createPersonBody.shape.email,
  phone: createPersonBody.shape.phone,
  tags: createPersonBody.shape.tags,
  organisation: createOrganisationBody.shape.name.optional(),
  role: createPersonBody.shape.jobTitle,
});

/** The name a record gives: its full name, else its parts (voornaam, tussenvoegsel, achternaam). */
function nameOf(values: ImportRecord['values']): string | undefined {
  if (values.name) return values.name;
  const parts = [values.givenName, values.infix, values.familyName].filter((part) => part !== undefined);
  return parts.length > 0 ? parts.join(' ') : undefined;
}

/** Checks every record, reporting every problem with its line and field. */
export function checkRecords(records: ImportRecord[]): { candidates: ImportCandidate[]; problems: ImportProblem[] } {
  const candidates: ImportCandidate[] = [];
  const problems: ImportProblem[] = [];
  for (const { line, values } of records) {
    const name = nameOf(values);
    if (name === undefined) {
      problems.push({ line, field: 'name', code: 'missing_name', detail: 'This row has no name.' });
      continue;
    }
    const parsed = candidateSchema.safeParse({ ...values, name });
    if (!parsed.success) {
      for (const problem of toProblemDetails('body', parsed.error)) {
        const field = 'pointer' in problem.location ? problem.location.pointer.split('/')[1] : undefined;
        problems.push({ line, field: field as ImportField | undefined, code: problem.code, detail: problem.detail });
      }
      continue;
    }
    const checked = parsed.data;
    candidates.push({
      line,
      name: checked.name,
      jobTitle: checked.jobTitle ?? null,
      email: checked.email ?? null,
      phone: checked.phone ?? null,
      organisation: checked.organisation ?? null,
      role: checked.role ?? null,
      tags: [...new Set(checked.tags ?? [])],
    });
  }
  return { candidates, problems };
}
