import type { z } from 'zod';
import type { ProblemDetail } from './errors.ts';

type Part = ProblemDetail['in'];

/** Escapes one JSON-pointer segment (RFC 6901). */
function pointerSegment(segment: PropertyKey): string {
  return String(segment).replaceAll('~', '~0').replaceAll('/', '~1');
}

function locate(part: Part, path: readonly PropertyKey[]): ProblemDetail['location'] {
  if (part === 'body') return { pointer: path.map((s) => `/${pointerSegment(s)}`).join('') };
  return { name: String(path[0] ?? '') };
}

/** Turns zod issues into problem details, one per problem; unknown keys each get their own. */
export function toProblemDetails(part: Part, error: z.ZodError): ProblemDetail[] {
  const details: ProblemDetail[] = [];
  for (const issue of error.issues) {
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) {
        details.push({
          in: part,
          location: locate(part, [...issue.path, key]),
          code: 'unknown_field',
          detail: `Unknown field "${key}".`,
        });
      }
      continue;
    }
    details.push({ in: part, location: locate(part, issue.path), code: issue.code, detail: issue.message });
  }
  return details;
}
