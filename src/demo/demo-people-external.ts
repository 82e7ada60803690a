/**
 * People outside the five municipalities: the province, the water board, the joint
 * arrangement, the university, suppliers, consultants and national bodies. All invented.
 */
import { aff, person } from './demo-builders.ts';
import type { DemoPerson } from './demo-types.ts';

const REGIONAL_MEETING_LIST = 'deelnemerslijst regiobijeenkomst 2019';

const government: DemoPerson[] = [
  person(
    'prov-digi',
    'Maaike Bosselaar',
    'Programmamanager Digitalisering',
    'zeeland',
    ['regio', 'datagedreven'],
    [aff('provincie-zeeland', 'programmamanager digitalisering', '2017-01-01')],
    { source: REGIONAL_MEETING_LIST },
  ),
  person(
    'prov-ow',
    'Thomas Verschelling',
    'Adviseur Omgevingswet',
    'zeeland',
    ['omgevingswet'],
    [aff('provincie-zeeland', 'adviseur Omgevingswet', '2018-06-01')],
  ),
  person(
    'ws-info',
    'Laurens Bierens',
    'Informatieadviseur',
    'scheldestromen',
    ['omgevingswet', 'I&A'],
    [aff('waterschap-scheldestromen', 'informatieadviseur', '2016-01-01')],
    { source: REGIONAL_MEETING_LIST },
  ),
  person(
    'gr-dir',
    'Monique Lievense',
    'Directeur',
    'gr-bevelanden',
    ['bestuur', 'regio'],
    [aff('gr-bevelanden', 'directeur', '2015-01-01')],
  ),
  person(
    'gr-ict',
    'Ahmed Yilmaz',
    'ICT-coördinator',
    'gr-bevelanden',
    ['I&A', 'infrastructuur'],
    [aff('gr-bevelanden', 'ICT-coördinator', '2015-04-01')],
  ),
  person(
    'mid-im',
    'Harm Wolfert',
    'Informatiemanager',
    'middelburg',
    ['I&A', 'regio'],
    [aff('middelburg', 'informatiemanager', '2014-01-01'), aff('regiobijeenkomst', 'deelnemer', '2019-04-11')],
    { source: REGIONAL_MEETING_LIST },
  ),
  person(
    'vli-ia',
    'Saskia de Bruijne',
    'Adviseur I&A',
    'vlissingen',
    ['I&A'],
    [aff('vlissingen', 'adviseur I&A', '2015-01-01'), aff('regiobijeenkomst', 'deelnemer', '2019-04-11')],
    { source: REGIONAL_MEETING_LIST },
  ),
  person(
    'vng-adv',
    'Evelien Stoop',
    'Adviseur informatiesamenleving',
    'vng',
    ['I&A', 'weerbaarheid'],
    [aff('vng', 'adviseur informatiesamenleving', '2016-01-01')],
    { source: REGIONAL_MEETING_LIST },
  ),
  person(
    'bzk-woo',
    'Tamara Westerveld',
    'Beleidsmedewerker Wet open overheid',
    'minbzk',
    ['woo'],
    [aff('minbzk', 'beleidsmedewerker', '2019-09-01')],
  ),
];

// The university of applied sciences joins the working group in 2023.
const university: DemoPerson[] = [
  person(
    'hz-lector',
    'Laura Quaak',
    'Lector Data en Samenleving',
    'hz',
    ['onderzoek', 'datagedreven'],
    [aff('hz', 'lector', '2017-09-01'), aff('werkgroep', 'lid', '2023-03-01')],
  ),
  person(
    'hz-docent',
    'Michiel Roelse',
    'Docent-onderzoeker data science',
    'hz',
    ['onderzoek', 'data-analyse'],
    [aff('hz', 'docent-onderzoeker', '2016-09-01')],
  ),
  person('hz-stage', 'Eva Kesteloo', 'Stagecoördinator ICT', 'hz', ['onderwijs'], [aff('hz', 'stagecoördinator', '2019-09-01')]),
];

const suppliers: DemoPerson[] = [
  person(
    'sch-am',
    'Patrick Vroegop',
    'Accountmanager gemeenten',
    'schelde-informatiediensten',
    ['leverancier'],
    [aff('schelde-informatiediensten', 'accountmanager', '2014-01-01')],
    { source: 'visitekaartje' },
  ),
  person(
    'sch-cons',
    'Sabine Hamelink',
    'Implementatieconsultant',
    'schelde-informatiediensten',
    ['leverancier'],
    [aff('schelde-informatiediensten', 'implementatieconsultant', '2017-03-01')],
  ),
  person(
    'dlz-am',
    'Niels Jacobse',
    'Accountmanager',
    'datalab-zeeland',
    ['leverancier', 'datagedreven'],
    [aff('datalab-zeeland', 'accountmanager', '2018-01-01')],
    { source: REGIONAL_MEETING_LIST },
  ),
  person(
    'dlz-arch',
    'Joyce Adriaansens',
    'Data-architect',
    'datalab-zeeland',
    ['leverancier', 'dataplatform'],
    [aff('datalab-zeeland', 'data-architect', '2019-05-01')],
  ),
  person(
    'pp-am',
    'Vincent Traas',
    'Accountmanager',
    'polderpunt',
    ['leverancier', 'afval'],
    [aff('polderpunt', 'accountmanager', '2020-01-01')],
    {
      source: 'visitekaartje',
    },
  ),
];

const consultants: DemoPerson[] = [
  person(
    'kr-senior',
    'Caroline Bakx',
    'Senior adviseur',
    'kreekrug-advies',
    ['advies', 'datavolwassenheid'],
    [aff('kreekrug-advies', 'senior adviseur', '2012-01-01')],
  ),
  person('kr-adv', 'Joost Mulders', 'Adviseur', 'kreekrug-advies', ['advies'], [aff('kreekrug-advies', 'adviseur', '2018-02-01')]),
  person(
    'dp-cons',
    'Rutger Oele',
    'Technisch consultant',
    'dijkpaal',
    ['advies', 'dataplatform'],
    [aff('dijkpaal-consultancy', 'technisch consultant', '2016-06-01')],
  ),
];

export const externalPeople: DemoPerson[] = [...government, ...university, ...suppliers, ...consultants];
