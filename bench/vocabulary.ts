/**
 * Word lists for generated benchmark data. Names are combined at random, so the people are
 * as fictional as the place names; diacritics are included on purpose to exercise folding.
 */

// prettier-ignore
export const FIRST_NAMES = [
  'Anna', 'Bram', 'Carla', 'Daan', 'Eva', 'Femke', 'Gert', 'Hanna', 'Iris', 'Jeroen', 'Kees', 'Lotte',
  'Maarten', 'Noor', 'Olaf', 'Petra', 'Quinten', 'Roos', 'Sander', 'Tessa', 'Ursula', 'Vincent', 'Willem',
  'Xander', 'Yara', 'Zoë', 'Anouk', 'Bas', 'Chantal', 'Dirk', 'Esther', 'Floor', 'Guus', 'Hein', 'Ilse',
  'Joost', 'Karin', 'Luuk', 'Marloes', 'Niels', 'Orla', 'Pim', 'Renée', 'Sven', 'Thijs', 'Ute', 'Vera',
  'Wouter', 'Yusuf', 'Fatima', 'Mohamed', 'Sanne', 'Ruben', 'José', 'Aïcha', 'Chloë', 'Maaike', 'Lars', 'Mila',
  'Sem', 'Jesse', 'Lieke', 'Stijn', 'Myrthe', 'Koen', 'Inge', 'Ahmed', 'Priya', 'Wei', 'Mirjam',
] as const;

export const SURNAME_PREFIXES = ['', '', '', '', '', 'de ', 'van ', 'van der ', 'van den ', 'ter ', 'op den '] as const;

// prettier-ignore
export const SURNAME_STEMS = [
  'Bakker', 'Visser', 'Smit', 'Mulder', 'Bos', 'Vos', 'Peters', 'Hendriks', 'Dekker', 'Brouwer', 'Wit', 'Dijk',
  'Berg', 'Kok', 'Jacobs', 'Vermeulen', 'Groot', 'Meijer', 'Koster', 'Schouten', 'Prins', 'Veen', 'Huisman',
  'Kramer', 'Post', 'Kuipers', 'Blom', 'Willems', 'Sluis', 'Haan', 'Geerts', 'Maas', 'Hoek', 'Verbeek',
  'Lammers', 'Wolters', 'Zwart', 'Jansma', 'Boersma', 'Hoekstra', 'Kaya', 'Yılmaz', 'Öztürk', 'Ramdin', 'Chen',
  'Nguyen', 'Sanders', 'Wouters', 'Goossens', 'Verhoeven', 'Mertens', 'Claes', 'Moerman', 'Rijpma', 'Tuinstra',
  'Elzinga', 'Kooistra', 'Dijkstra', 'Brink', 'Molenaar', 'Schipper', 'Koopman',
] as const;

// Mostly empty, so that most surnames are plain stems and a few are rarer variants.
export const SURNAME_SUFFIXES = ['', '', '', '', '', '', '', '', '', '', 'ink', 'man', 'ers', 'hof', 'ing'] as const;

/** Parts of invented place names: e.g. Oost-Lindeveen, Hazelbroek. */
export const PLACE_PREFIXES = ['', '', '', 'Oost-', 'West-', 'Noord-', 'Zuid-', 'Nieuw-', 'Oud-', 'Groot-'] as const;
// prettier-ignore
export const PLACE_STEMS = [
  'Linde', 'Beek', 'Wolder', 'Hazel', 'Eiken', 'Molen', 'Vossen', 'Rozen', 'Zand', 'Dal', 'Keur', 'Heer',
  'Maren', 'Esch', 'Brede', 'Helle', 'Ooster', 'Wester', 'Kroon', 'Lisse', 'Terp', 'Wiel', 'Horn', 'Sloe',
] as const;
// prettier-ignore
export const PLACE_SUFFIXES = [
  'dijk', 'veen', 'horst', 'broek', 'wijk', 'hoven', 'dam', 'berg', 'heide', 'kerk', 'hout', 'loo', 'vliet',
  'meer', 'sluis', 'rode', 'donk', 'zijl', 'woude', 'land',
] as const;

// prettier-ignore
export const PROVINCE_NAMES = [
  'Noordkust', 'Zuidwaard', 'Oostmark', 'Westerland', 'Middenveld', 'Rivierenland', 'Heuvelrug', 'Kustvlakte',
  'Veenkoloniën', 'Deltagebied', 'Zandgronden', 'Polderland',
] as const;

export const COMPANY_STEMS = ['Data', 'Info', 'Gemeente', 'Civic', 'Polder', 'Delta', 'Kanaal', 'Duin', 'Wolk', 'Net'] as const;
export const COMPANY_SUFFIXES = ['works', 'lab', 'punt', 'bouw', 'stroom', 'wijs', 'logic', 'systems', 'sense', 'flow'] as const;

/** Job titles by where a person works: a municipal unit or a kind of other organisation. */
export const JOB_TITLES = {
  municipality: [
    'Beleidsmedewerker',
    'Beleidsadviseur sociaal domein',
    'Projectleider',
    'Adviseur informatiebeheer',
    'Controller',
    'Medewerker KCC',
    'GIS-specialist',
    'Privacy officer',
    'Jurist',
    'Communicatieadviseur',
    'Beleidsmedewerker afvalinzameling',
    'Projectleider Omgevingswet',
    'HR-adviseur',
    'Teamleider',
  ],
  mt: ['Afdelingshoofd', 'Gemeentesecretaris', 'Concerndirecteur', 'Teamleider'],
  college: ['Wethouder', 'Wethouder', 'Wethouder', 'Burgemeester'],
  council: ['Raadslid', 'Raadslid', 'Raadslid', 'Fractievoorzitter', 'Griffier'],
  ia: ['Informatiemanager', 'Functioneel beheerder', 'Applicatiebeheerder', 'CISO', 'Informatieadviseur', 'Architect'],
  dataTeam: ['Data-analist', 'Data-engineer', 'Data scientist', 'Coördinator datateam'],
  government: ['Beleidsmedewerker', 'Programmamanager', 'Adviseur', 'Directeur', 'Senior beleidsadviseur', 'Jurist'],
  company: ['Accountmanager', 'Consultant', 'Senior consultant', 'Data-architect', 'Projectmanager', 'Directeur'],
  institution: ['Lector', 'Docent', 'Onderzoeker', 'Promovendus', 'Stagecoördinator', 'Adviseur'],
  network: ['Coördinator', 'Adviseur', 'Programmamanager', 'Secretaris'],
} as const satisfies Record<string, readonly string[]>;

export type Placement = keyof typeof JOB_TITLES;
