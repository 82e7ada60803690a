import { describe, expect, it } from 'vitest';
import i18next from 'i18next';
import { ApiError } from '../../api/problem.ts';
import { nl } from '../../i18n/nl.ts';
import { importProblemItems } from './import-problems.ts';

await i18next.init({ lng: 'nl', resources: { nl: { translation: nl } } });
const t = i18next.t;

const badFile = new ApiError({
  status: 400,
  code: 'validation_failed',
  errors: [
    {
      in: 'body',
      location: { pointer: '/content', line: 7, field: 'email' },
      code: 'invalid_format',
      detail: 'Must be an e-mail address.',
    },
    { in: 'body', location: { pointer: '/content', line: 9 }, code: 'unparsable', detail: 'Unclosed quote.' },
    { in: 'body', location: { pointer: '/content', field: 'name' }, code: 'no_name_column', detail: 'No name column.' },
    { in: 'body', location: { pointer: '/content' }, code: 'empty', detail: 'The file holds no rows.' },
    { in: 'body', location: { pointer: '/content', line: 3, field: 'phone' }, code: 'too_big', detail: 'Too long.' },
    {
      in: 'body',
      location: { pointer: '/content', line: 4, field: 'fax' },
      code: 'brand_new_code',
      detail: 'A code this client does not know.',
    },
  ],
});

describe('importProblemItems', () => {
  it('says for every problem where it is in the file and what is wrong, in Dutch', () => {
    expect(importProblemItems(badFile, t).map((item) => item.message)).toEqual([
      'Regel 7 (e-mailadres): Dit is geen geldig e-mailadres.',
      'Regel 9: Dit deel van het bestand kan niet worden gelezen.',
      'Veld naam: Er is geen kolom met namen, zoals Naam, of Voornaam en Achternaam.',
      'Het bestand is leeg of bevat geen personen.',
      `Regel 3 (telefoonnummer): ${nl.validation.too_big}`,
      'Regel 4 (fax): A code this client does not know.',
    ]);
  });

  it('names a file that is too large, and other failures by their status', () => {
    expect(importProblemItems(new ApiError({ status: 413 }), t)).toEqual([{ message: nl.imports.tooLarge }]);
    expect(importProblemItems(new ApiError({ status: 403 }), t)).toEqual([{ message: nl.errors.forbidden }]);
    expect(importProblemItems(new ApiError({ status: 400 }), t)).toEqual([{ message: nl.errors.badRequest }]);
    expect(importProblemItems(new TypeError('read failed'), t)).toEqual([{ message: nl.imports.unreadable }]);
  });
});
