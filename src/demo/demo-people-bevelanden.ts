/**
 * People of the four neighbouring Bevelanden municipalities. Every person is invented.
 * Reimerswaal changes information manager in 2021, so the network of 2021 differs from today.
 */
import { aff, person } from './demo-builders.ts';
import type { DemoPerson } from './demo-types.ts';

const COUNCIL_2018 = '2018-03-29';
const COUNCIL_2018_END = '2022-03-29';

const borsele: DemoPerson[] = [
  person(
    'bor-im',
    'Jolanda Schipper',
    'Informatiemanager',
    'borsele',
    ['I&A', 'datagedreven'],
    [aff('borsele-ia', 'informatiemanager', '2014-02-01'), aff('werkgroep', 'lid', '2020-09-15')],
  ),
  person('bor-secretaris', 'Frank Dekker', 'Gemeentesecretaris', 'borsele', ['bestuur'], [aff('borsele-mt', 'voorzitter', '2016-01-01')]),
  person(
    'bor-mt',
    'Rik Goedegebuure',
    'Afdelingshoofd Bedrijfsvoering',
    'borsele',
    ['bestuur', 'I&A'],
    [aff('borsele-mt', 'MT-lid', '2017-05-01')],
  ),
  person(
    'bor-burgemeester',
    'Gerard Hoogesteger',
    'Burgemeester',
    'borsele',
    ['bestuur'],
    [aff('borsele-college', 'burgemeester', '2016-09-01')],
  ),
  person(
    'bor-weth',
    'Willemijn de Jonge',
    'Wethouder Bedrijfsvoering en Digitalisering',
    'borsele',
    ['bestuur', 'datagedreven'],
    [aff('borsele-college', 'wethouder', '2018-05-01')],
  ),
  person('bor-raad', 'Tineke Louwerse', 'Raadslid', 'borsele', ['raad'], [aff('borsele-raad', 'raadslid', COUNCIL_2018)], {
    noEmail: true,
  }),
  person('bor-gis', 'Stefan Hoogerheide', 'GIS-specialist', 'borsele', ['I&A', 'geo'], [aff('borsele-ia', 'GIS-specialist', '2015-10-01')]),
  person(
    'bor-afval',
    'Arie Kole',
    'Beleidsmedewerker afval en reiniging',
    'borsele',
    ['afval'],
    [aff('borsele', 'beleidsmedewerker afval', '2012-04-01')],
  ),
];

const goes: DemoPerson[] = [
  person(
    'goe-im',
    'Marco Leijdens',
    'Informatiemanager',
    'goes',
    ['I&A', 'datagedreven'],
    [aff('goes-ia', 'informatiemanager', '2015-06-01'), aff('werkgroep', 'lid', '2020-09-15')],
  ),
  person('goe-secretaris', 'Ellen Burghout', 'Gemeentesecretaris', 'goes', ['bestuur'], [aff('goes-mt', 'voorzitter', '2017-01-01')]),
  person('goe-mt', 'Erik Harthoorn', 'Concerndirecteur', 'goes', ['bestuur'], [aff('goes-mt', 'MT-lid', '2016-01-01')]),
  person(
    'goe-burgemeester',
    'Ingeborg Smallegange',
    'Burgemeester',
    'goes',
    ['bestuur'],
    [aff('goes-college', 'burgemeester', '2015-11-01')],
  ),
  person(
    'goe-weth',
    'Johan Vogelaar',
    'Wethouder ICT en Dienstverlening',
    'goes',
    ['bestuur'],
    [aff('goes-college', 'wethouder', '2018-05-03')],
  ),
  person(
    'goe-data',
    'Nadia Bouzid',
    'Data-adviseur',
    'goes',
    ['datagedreven', 'data-analyse'],
    [aff('goes-ia', 'data-adviseur', '2020-01-01'), aff('werkgroep', 'lid', '2021-02-01')],
  ),
  person(
    'goe-ciso',
    'Bas Wijnacker',
    'Chief Information Security Officer',
    'goes',
    ['informatiebeveiliging', 'weerbaarheid'],
    [aff('goes-ia', 'CISO', '2017-09-01')],
  ),
  person('goe-raad', 'Petra Kluijfhout', 'Raadslid', 'goes', ['raad'], [aff('goes-raad', 'raadslid', COUNCIL_2018, COUNCIL_2018_END)], {
    noEmail: true,
  }),
];

const noordBeveland: DemoPerson[] = [
  person(
    'nb-im',
    'Wendy Kosten',
    'Informatieadviseur',
    'noord-beveland',
    ['I&A'],
    [aff('noord-beveland-ia', 'informatieadviseur', '2016-04-01'), aff('werkgroep', 'lid', '2020-09-15')],
  ),
  person(
    'nb-secretaris',
    'Gert-Jan Polderman',
    'Gemeentesecretaris',
    'noord-beveland',
    ['bestuur'],
    [aff('noord-beveland-mt', 'voorzitter', '2014-09-01')],
  ),
  person(
    'nb-burgemeester',
    'Marianne Verstraate',
    'Burgemeester',
    'noord-beveland',
    ['bestuur'],
    [aff('noord-beveland-college', 'burgemeester', '2016-02-01')],
  ),
  person('nb-weth', 'Hans Bolier', 'Wethouder', 'noord-beveland', ['bestuur'], [aff('noord-beveland-college', 'wethouder', '2018-04-26')]),
  person(
    'nb-mt',
    'Carla Verplanke',
    'Afdelingshoofd Dienstverlening',
    'noord-beveland',
    ['bestuur'],
    [aff('noord-beveland-mt', 'MT-lid', '2018-01-01')],
  ),
  person('nb-ia', 'Dennis Flipse', 'Medewerker I&A', 'noord-beveland', ['I&A'], [aff('noord-beveland-ia', 'medewerker I&A', '2019-03-01')]),
];

const reimerswaal: DemoPerson[] = [
  // Leaves for the joint arrangement in 2021 and stays in the network from there.
  person(
    'rei-im-old',
    'Ronald Quist',
    'Adviseur informatievoorziening',
    'gr-bevelanden',
    ['I&A', 'infrastructuur'],
    [
      aff('reimerswaal-ia', 'informatiemanager', '2013-01-01', '2021-08-31'),
      aff('werkgroep', 'lid', '2020-09-15', '2021-08-31'),
      aff('gr-bevelanden', 'adviseur informatievoorziening', '2021-09-01'),
    ],
  ),
  person(
    'rei-im',
    'Iris Meulmeester',
    'Informatiemanager',
    'reimerswaal',
    ['I&A', 'datagedreven'],
    [aff('reimerswaal-ia', 'informatiemanager', '2021-09-01'), aff('werkgroep', 'lid', '2021-09-01')],
  ),
  person(
    'rei-secretaris',
    'Dirk Moerland',
    'Gemeentesecretaris',
    'reimerswaal',
    ['bestuur'],
    [aff('reimerswaal-mt', 'voorzitter', '2018-03-01')],
  ),
  person(
    'rei-burgemeester',
    'Job Paauwe',
    'Burgemeester',
    'reimerswaal',
    ['bestuur'],
    [aff('reimerswaal-college', 'burgemeester', '2017-06-01')],
  ),
  person(
    'rei-weth',
    'Anouk Sinke',
    'Wethouder Bedrijfsvoering',
    'reimerswaal',
    ['bestuur'],
    [aff('reimerswaal-college', 'wethouder', '2018-05-01')],
  ),
  person(
    'rei-mt',
    'Lianne de Feijter',
    'Afdelingshoofd Bedrijfsvoering',
    'reimerswaal',
    ['bestuur', 'I&A'],
    [aff('reimerswaal-mt', 'MT-lid', '2016-08-01')],
  ),
  person('rei-raad', 'Cor van Oeveren', 'Raadslid', 'reimerswaal', ['raad'], [aff('reimerswaal-raad', 'raadslid', '2010-03-11')], {
    noEmail: true,
  }),
];

export const bevelandenPeople: DemoPerson[] = [...borsele, ...goes, ...noordBeveland, ...reimerswaal];
