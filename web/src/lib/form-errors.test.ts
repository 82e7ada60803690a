import { describe, expect, it } from 'vitest';
import i18next from 'i18next';
import { ApiError } from '../api/problem.ts';
import { nl } from '../i18n/nl.ts';
import { describeApiError, fieldId, toFormErrors } from './form-errors.ts';

await i18next.init({ lng: 'nl', resources: { nl: { translation: nl } } });
const t = i18next.t;

const invalid = new ApiError({
  status: 400,
  code: 'validation_failed',
  errors: [
    { in: 'body', location: { pointer: '/name' }, code: 'too_small', detail: 'Must not be empty.' },
    { in: 'body', location: { pointer: '/affiliations/1/organisationId' }, code: 'other_workspace', detail: 'Belongs elsewhere.' },
    { in: 'body', location: { pointer: '/name' }, code: 'too_big', detail: 'Second problem on the same field.' },
    { in: 'body', location: { pointer: '/mystery' }, code: 'brand_new_code', detail: 'A code this client does not know.' },
  ],
});

describe('toFormErrors', () => {
  const labels: Record<string, string> = { name: 'Naam', 'affiliations.1.organisationId': 'Organisatie (2)' };
  const errors = toFormErrors(invalid, t, (field) => labels[field]);

  it('puts the first problem of each field next to the field, translated by code', () => {
    expect(errors.fields).toEqual({ name: nl.validation.too_small, 'affiliations.1.organisationId': nl.validation.other_workspace });
  });

  it('lists every problem in the summary, with the field label, and falls back to the detail for unknown codes', () => {
    expect(errors.summary).toEqual([
      { field: 'name', message: `Naam: ${nl.validation.too_small}` },
      { field: 'affiliations.1.organisationId', message: `Organisatie (2): ${nl.validation.other_workspace}` },
      { field: 'name', message: `Naam: ${nl.validation.too_big}` },
      { message: 'mystery: A code this client does not know.' },
    ]);
  });

  it('describes failures that are not about a field by status', () => {
    expect(toFormErrors(new ApiError({ status: 403 }), t, () => undefined).summary).toEqual([{ message: nl.errors.forbidden }]);
    expect(describeApiError(new ApiError({ status: 0 }), t)).toBe(nl.errors.network);
    expect(describeApiError(new ApiError({ status: 503 }), t)).toBe(nl.errors.server);
    expect(describeApiError(new Error('boom'), t)).toBe(nl.errors.unexpected);
  });

  it('gives every field path a valid element id', () => {
    expect(fieldId('affiliations.0.role')).toBe('field-affiliations-0-role');
  });
});
