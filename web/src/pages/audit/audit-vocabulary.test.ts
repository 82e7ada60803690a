import { describe, expect, it } from 'vitest';
import i18next from 'i18next';
import { nl } from '../../i18n/nl.ts';
import { actionLabel, actorLabel, auditSubjectTypes, subjectTypeLabel } from './audit-vocabulary.ts';

await i18next.init({ lng: 'nl', resources: { nl: { translation: nl } } });
const t = i18next.t;

describe('the audit log vocabulary', () => {
  it('names who did it, the command line, or an account deleted since', () => {
    expect(actorLabel(t, { actorId: 'u1', actorName: 'Annelies de Kok' })).toBe('Annelies de Kok');
    expect(actorLabel(t, { actorId: null, actorName: null })).toBe('Opdrachtregel');
    expect(actorLabel(t, { actorId: 'u2', actorName: null })).toBe('Verwijderd account');
  });

  it('labels actions, and shows one it does not know by its own name', () => {
    expect(actionLabel(t, 'update')).toBe('Gewijzigd');
    expect(actionLabel(t, 'export')).toBe('Inzage opgevraagd');
    expect(actionLabel(t, 'archive')).toBe('archive');
  });

  it('labels every kind of record, with the search labels for the searchable kinds', () => {
    expect(subjectTypeLabel(t, 'person')).toBe(nl.searchTypes.person);
    expect(subjectTypeLabel(t, 'stakeholder_assessment')).toBe('Beoordeling van een sleutelfiguur');
    expect(subjectTypeLabel(t, 'brand_new_kind')).toBe('brand_new_kind');
    for (const type of auditSubjectTypes) expect(subjectTypeLabel(t, type), type).not.toBe(type);
  });
});
