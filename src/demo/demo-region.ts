/**
 * The demo region: Kapelle and its Bevelanden neighbours, following the story of the
 * article (regional meeting 2019, theme chosen 2020, working group, informative sessions,
 * waste-collection pilot, shared data analyst 2022, university joining 2023).
 * Public organisations are real; every person is fictional.
 */
import { demoOrganisations } from './demo-organisations.ts';
import { bevelandenPeople } from './demo-people-bevelanden.ts';
import { externalPeople } from './demo-people-external.ts';
import { kapellePeople } from './demo-people-kapelle.ts';
import { municipalRelations } from './demo-relations-municipal.ts';
import { regionalRelations } from './demo-relations-regional.ts';
import { demoNotes, demoThemes } from './demo-themes.ts';
import type { DemoRegion } from './demo-types.ts';

export type {
  DemoAffiliation,
  DemoNote,
  DemoOrganisation,
  DemoPerson,
  DemoRegion,
  DemoRelation,
  DemoTheme,
  IsoDate,
  OrgKind,
  RelationType,
  ThemeKind,
  ThemeStatus,
} from './demo-types.ts';

/** The key of the person who represents the workspace owner (the start of influence paths). */
export const DEMO_ME_KEY = 'me';

export const demoRegion: DemoRegion = {
  workspace: {
    name: 'Regio De Bevelanden (demo)',
    description:
      'Voorbeeldnetwerk van een informatiemanager in Kapelle en de Bevelanden-regio rond datagedreven werken. Alle personen zijn fictief.',
  },
  organisations: demoOrganisations,
  people: [...kapellePeople, ...bevelandenPeople, ...externalPeople],
  relations: [...municipalRelations, ...regionalRelations],
  themes: demoThemes,
  notes: demoNotes,
};
