import type { MaturityModel } from '../api/types.ts';

/** A model in the chosen language: the built-in model carries English texts beside the Dutch ones. */
export function localised(model: MaturityModel, language: string): MaturityModel {
  const en = language === 'en' ? model.translations.en : undefined;
  if (!en) return model;
  return {
    ...model,
    name: en.name,
    description: en.description,
    levels: model.levels.map((l, i) => ({
      ...l,
      name: en.levels[i]?.name ?? l.name,
      description: en.levels[i]?.description ?? l.description,
    })),
    dimensions: model.dimensions.map((d) => {
      const text = en.dimensions.find((x) => x.key === d.key);
      return text ? { ...d, name: text.name, description: text.description, levelDescriptions: text.levelDescriptions } : d;
    }),
  };
}
