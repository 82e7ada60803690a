import { describe, expect, it } from 'vitest';
import { ApiError, fieldOf, parseProblem } from './problem.ts';
import { parseEtag } from './http.ts';

describe('problem+json parsing', () => {
  it('keeps the field problems and the extra members', () => {
    const problem = parseProblem(400, {
      status: 400,
      code: 'validation_failed',
      title: 'Invalid input',
      errors: [
        { in: 'body', location: { pointer: '/affiliations/0/organisationId' }, code: 'invalid_format', detail: 'Must be a UUID.' },
        { in: 'query', location: { name: 'limit' }, code: 'too_big', detail: 'At most 200.' },
      ],
    });
    const error = new ApiError(problem);
    expect(error.status).toBe(400);
    expect(error.code).toBe('validation_failed');
    expect(error.fieldProblems.map(fieldOf)).toEqual(['affiliations.0.organisationId', undefined]);
  });

  it('survives a body that is not problem+json', () => {
    expect(parseProblem(502, undefined)).toEqual({ status: 502 });
    expect(parseProblem(412, { status: 412, currentVersion: 7 }).currentVersion).toBe(7);
  });

  it('unescapes JSON pointer segments', () => {
    expect(fieldOf({ in: 'body', location: { pointer: '/a~1b/c~0d' }, code: 'custom', detail: '' })).toBe('a/b.c~d');
  });

  it('reads strong and weak ETags', () => {
    expect(parseEtag('"3"')).toBe(3);
    expect(parseEtag('W/"12"')).toBe(12);
    expect(parseEtag(null)).toBeUndefined();
  });
});
