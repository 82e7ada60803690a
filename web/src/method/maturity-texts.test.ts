import { describe, expect, it } from 'vitest';
import type { MaturityModel } from '../api/types.ts';
import { localised } from './maturity-texts.ts';

const model = {
  id: 'm1',
  workspaceId: 'w1',
  name: 'Datagedreven werken',
  description: null,
  source: null,
  licence: null,
  builtIn: 'data-driven',
  levels: [
    { level: 1, name: 'Beginnend', description: null },
    { level: 2, name: 'Lerend', description: null },
  ],
  dimensions: [
    { key: 'data', name: 'Data', description: 'Kwaliteit', levelDescriptions: ['a', 'b'] },
    { key: 'skills', name: 'Vaardigheden', description: null, levelDescriptions: ['c', 'd'] },
  ],
  translations: {
    en: {
      name: 'Data-driven working',
      description: null,
      levels: [
        { name: 'Starting', description: null },
        { name: 'Learning', description: null },
      ],
      dimensions: [{ key: 'skills', name: 'Skills', description: null, levelDescriptions: ['C', 'D'] }],
    },
  },
  version: 1,
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z',
} satisfies MaturityModel;

describe('localised', () => {
  it('keeps the Dutch texts for Dutch', () => {
    expect(localised(model, 'nl')).toBe(model);
  });

  it('takes the English texts where they exist, by level position and dimension key', () => {
    const en = localised(model, 'en');
    expect(en.name).toBe('Data-driven working');
    expect(en.levels.map((l) => [l.level, l.name])).toEqual([
      [1, 'Starting'],
      [2, 'Learning'],
    ]);
    expect(en.dimensions.map((d) => d.name)).toEqual(['Data', 'Skills']);
    expect(en.dimensions[1]?.levelDescriptions).toEqual(['C', 'D']);
  });

  it('keeps a workspace model without translations as it is', () => {
    expect(localised({ ...model, translations: {} }, 'en')).toEqual({ ...model, translations: {} });
  });
});
