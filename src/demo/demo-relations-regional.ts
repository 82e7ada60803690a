/**
 * Relations across the region: the regional meeting (2019), the working group (2020), the
 * experts and suppliers who organised the technical side, and the university (2023).
 */
import { relations, type RelationRow } from './demo-builders.ts';
import type { DemoRelation } from './demo-types.ts';

const BEVELANDEN = ['kapelle', 'borsele', 'goes', 'noord-beveland', 'reimerswaal'];
const MEETING_2019 = '2019-04-11';
const WORKING_GROUP_START = '2020-09-15';
const REIMERSWAAL_HANDOVER = '2021-08-31';

// Memberships and services between organisations, the same for every Bevelanden municipality.
const ORGANISATIONS: RelationRow[] = [
  ...BEVELANDEN.map((m): RelationRow => [m, 'gr-bevelanden', 'member_of', 4, '2015-01-01']),
  ...BEVELANDEN.map((m): RelationRow => ['gr-bevelanden', m, 'supplies', 3, '2015-01-01', null, 'Gedeelde ICT-diensten']),
  ...[...BEVELANDEN, 'middelburg', 'vlissingen'].map((m): RelationRow => [m, 'vng', 'member_of', 3]),
  ...BEVELANDEN.map((m): RelationRow => [m, 'werkgroep', 'member_of', 4, WORKING_GROUP_START]),
  ...[...BEVELANDEN, 'middelburg', 'vlissingen', 'provincie-zeeland', 'waterschap-scheldestromen'].map((m): RelationRow => [
    m,
    'regiobijeenkomst',
    'member_of',
    2,
    MEETING_2019,
  ]),
  ['hz', 'werkgroep', 'member_of', 3, '2023-03-01', null, 'De hogeschool sluit aan bij de werkgroep'],
  ['provincie-zeeland', 'werkgroep', 'funds', 3, '2021-01-01', null, 'Subsidie regionale datasamenwerking'],
  ['schelde-informatiediensten', 'kapelle', 'supplies', 3, '2015-01-01', null, 'Zaaksysteem'],
  ['schelde-informatiediensten', 'borsele', 'supplies', 3, '2016-01-01', null, 'Zaaksysteem'],
  ['schelde-informatiediensten', 'goes', 'supplies', 3, '2017-01-01', null, 'Zaaksysteem'],
  ['schelde-informatiediensten', 'noord-beveland', 'supplies', 2, '2016-01-01', '2022-12-31', 'Contract beëindigd; overgestapt via de GR'],
  ['kapelle', 'kreekrug-advies', 'commissions', 4, '2020-05-01', '2021-03-31', 'Onderzoek datavolwassenheid'],
  ['kapelle', 'dijkpaal-consultancy', 'commissions', 3, '2020-09-01', '2021-06-30', 'Verkenning technische haalbaarheid'],
  ['datalab-zeeland', 'kapelle', 'supplies', 3, '2021-09-01', null, 'Dataplatform'],
  ['datalab-zeeland', 'borsele', 'supplies', 3, '2022-06-01', null, 'Dataplatform (meegebruik)'],
  ['polderpunt', 'kapelle', 'supplies', 3, '2021-05-01', null, 'Vulgraadsensoren voor de pilot'],
];

// The regional meeting of 2019 that put the value of data on the agenda.
const MEETING: RelationRow[] = [
  ['me', 'mid-im', 'knows', 3, MEETING_2019],
  ['me', 'vli-ia', 'knows', 2, MEETING_2019],
  ['me', 'bor-im', 'knows', 4, '2017-06-01'],
  ['me', 'goe-im', 'knows', 3, MEETING_2019],
  ['me', 'nb-im', 'knows', 3, MEETING_2019],
  ['me', 'rei-im-old', 'knows', 3, MEETING_2019],
  ['me', 'prov-digi', 'knows', 3, MEETING_2019],
  ['me', 'vng-adv', 'knows', 2, MEETING_2019],
  ['me', 'sch-am', 'knows', 3, '2016-05-01'],
  ['me', 'dlz-am', 'knows', 2, MEETING_2019, null, 'Presentatie over dashboards op de regiobijeenkomst'],
  ['mid-im', 'vli-ia', 'knows', 4, '2016-01-01'],
  ['mid-im', 'goe-im', 'knows', 3, MEETING_2019],
  ['mid-im', 'bor-im', 'knows', 2, MEETING_2019],
  ['prov-digi', 'mid-im', 'knows', 3, '2018-01-01'],
  ['prov-digi', 'goe-im', 'knows', 2, MEETING_2019],
  ['vli-ia', 'prov-digi', 'knows', 2, MEETING_2019],
  ['vng-adv', 'regiobijeenkomst', 'advises', 2, MEETING_2019, null, 'Presentatie over de informatiesamenleving'],
  ['dlz-am', 'goe-im', 'knows', 2, MEETING_2019],
  ['ws-info', 'prov-ow', 'knows', 4, '2018-06-01'],
  ['ws-info', 'mid-im', 'knows', 2, MEETING_2019],
];

// The working group of 2020, which shares presentations, training and progress.
const WORKING_GROUP: RelationRow[] = [
  ['me', 'bor-im', 'works_with', 5, WORKING_GROUP_START],
  ['me', 'goe-im', 'works_with', 4, WORKING_GROUP_START],
  ['me', 'nb-im', 'works_with', 4, WORKING_GROUP_START],
  ['me', 'rei-im-old', 'works_with', 4, WORKING_GROUP_START, REIMERSWAAL_HANDOVER],
  ['me', 'rei-im', 'works_with', 4, '2021-09-01'],
  ['bor-im', 'goe-im', 'works_with', 3, WORKING_GROUP_START],
  ['bor-im', 'nb-im', 'works_with', 3, WORKING_GROUP_START],
  ['bor-im', 'rei-im-old', 'works_with', 3, WORKING_GROUP_START, REIMERSWAAL_HANDOVER],
  ['bor-im', 'rei-im', 'works_with', 3, '2021-09-01'],
  ['goe-im', 'nb-im', 'works_with', 4, WORKING_GROUP_START],
  ['goe-im', 'rei-im-old', 'works_with', 3, WORKING_GROUP_START, REIMERSWAAL_HANDOVER],
  ['goe-im', 'rei-im', 'works_with', 3, '2021-09-01'],
  ['nb-im', 'rei-im-old', 'works_with', 2, WORKING_GROUP_START, REIMERSWAAL_HANDOVER],
  ['nb-im', 'rei-im', 'works_with', 2, '2021-09-01'],
  ['goe-data', 'me', 'works_with', 3, '2021-02-01'],
  ['goe-data', 'kap-analist', 'works_with', 4, '2022-05-01', null, 'Projecten uitwisselen'],
  ['goe-data', 'bor-gis', 'works_with', 3, '2021-06-01'],
  ['nb-ia', 'goe-data', 'works_with', 2, '2021-06-01'],
  ['rei-im', 'kap-analist', 'knows', 3, '2022-06-01'],
  ['vli-ia', 'goe-data', 'knows', 2, '2021-04-01'],
  ['kap-secretaris', 'bor-secretaris', 'knows', 4, '2016-01-01'],
  ['kap-secretaris', 'goe-secretaris', 'knows', 3, '2017-01-01'],
  ['kap-burgemeester', 'bor-burgemeester', 'knows', 4, '2017-02-01'],
  ['kap-burgemeester', 'goe-burgemeester', 'knows', 3, '2017-02-01'],
  ['goe-burgemeester', 'nb-burgemeester', 'knows', 3, '2016-02-01'],
  ['rei-burgemeester', 'kap-burgemeester', 'knows', 3, '2017-06-01'],
  ['kap-weth-digi', 'bor-weth', 'knows', 3, '2021-03-01', null, 'Samen naar de data-analist'],
  ['bor-weth', 'goe-weth', 'knows', 3, '2018-05-03'],
  ['kap-ciso', 'goe-ciso', 'works_with', 4, '2019-01-01', null, 'CISO-overleg Bevelanden'],
];

// Experts on data maturity and on what is technically feasible (step 3).
const EXPERTS: RelationRow[] = [
  ['kr-senior', 'me', 'advises', 4, '2020-05-01', '2021-03-31', 'Datavolwassenheid van Kapelle'],
  ['kr-senior', 'werkgroep', 'advises', 3, '2020-11-05', null, 'Training datavolwassenheid'],
  ['kr-adv', 'kr-senior', 'works_with', 4, '2018-02-01'],
  ['kr-adv', 'me', 'knows', 2, '2020-05-01'],
  ['kr-senior', 'kap-secretaris', 'knows', 3, '2020-06-01'],
  ['kr-senior', 'bor-im', 'knows', 2, '2020-11-05'],
  ['kr-senior', 'goe-im', 'knows', 2, '2020-11-05'],
  ['dp-cons', 'me', 'advises', 4, '2020-09-01', '2021-06-30'],
  ['dp-cons', 'gr-ict', 'advises', 3, '2020-10-01', '2021-06-30'],
  ['dp-cons', 'werkgroep', 'advises', 2, '2021-01-20', null, 'Presentatie dataplatformen'],
  ['vng-adv', 'me', 'advises', 3, '2021-05-01', null, 'Common Ground en data'],
  ['vng-adv', 'bzk-woo', 'knows', 4, '2020-01-01'],
  ['vng-adv', 'goe-ciso', 'knows', 2, '2021-01-01'],
  ['vng-adv', 'kap-ciso', 'knows', 3, '2019-01-01'],
  ['bzk-woo', 'kap-archief', 'knows', 2, '2022-05-01', null, 'Implementatiebijeenkomst Woo'],
];

// The joint arrangement organises the technical preconditions.
const JOINT_ARRANGEMENT: RelationRow[] = [
  ['gr-dir', 'gr-ict', 'works_with', 4, '2015-04-01'],
  ['gr-ict', 'me', 'works_with', 4, '2020-10-01', null, 'Technische randvoorwaarden'],
  ['gr-ict', 'kap-fb', 'works_with', 3, '2018-01-01'],
  ['gr-ict', 'bor-im', 'works_with', 3, '2016-01-01'],
  ['gr-ict', 'goe-im', 'works_with', 3, '2016-01-01'],
  ['gr-ict', 'nb-ia', 'works_with', 3, '2019-03-01'],
  ['gr-ict', 'goe-ciso', 'knows', 3, '2017-09-01'],
  ['gr-dir', 'kap-secretaris', 'knows', 4, '2015-09-01'],
  ['gr-dir', 'bor-secretaris', 'knows', 3, '2016-01-01'],
  ['gr-dir', 'goe-secretaris', 'knows', 3, '2017-01-01'],
  ['gr-dir', 'nb-secretaris', 'knows', 3, '2015-01-01'],
  ['gr-dir', 'rei-secretaris', 'knows', 3, '2018-03-01'],
  ['kap-weth-digi', 'gr-bevelanden', 'member_of', 3, '2018-04-12', null, 'Lid algemeen bestuur'],
  ['bor-weth', 'gr-bevelanden', 'member_of', 3, '2018-05-01', null, 'Lid algemeen bestuur'],
  ['rei-im-old', 'gr-dir', 'reports_to', 4, '2021-09-01'],
  ['rei-im-old', 'gr-ict', 'works_with', 4, '2021-09-01'],
  ['rei-im-old', 'me', 'works_with', 3, '2021-09-01', null, 'Gedeelde voorzieningen via de GR'],
];

// Suppliers: the case system, the data platform and the sensors for the waste pilot.
const SUPPLIERS: RelationRow[] = [
  ['sch-am', 'sch-cons', 'works_with', 4, '2017-03-01'],
  ['sch-am', 'bor-im', 'knows', 3, '2016-01-01'],
  ['sch-am', 'goe-im', 'knows', 2, '2017-01-01'],
  ['sch-cons', 'kap-fb', 'works_with', 3, '2017-03-01'],
  ['sch-cons', 'nb-ia', 'works_with', 2, '2019-03-01', '2022-12-31'],
  ['dlz-am', 'dlz-arch', 'works_with', 4, '2019-05-01'],
  ['dlz-am', 'me', 'works_with', 3, '2021-06-01', null, 'Offerte dataplatform'],
  ['dlz-arch', 'kap-data-engineer', 'works_with', 4, '2022-09-01'],
  ['dlz-arch', 'gr-ict', 'works_with', 3, '2021-09-01'],
  ['dlz-arch', 'werkgroep', 'advises', 2, '2022-03-10', null, 'Presentatie dataplatform'],
  ['pp-am', 'kap-afval', 'works_with', 4, '2021-05-01'],
  ['pp-am', 'me', 'knows', 3, '2021-02-15'],
  ['pp-am', 'bor-afval', 'knows', 2, '2022-01-15'],
  ['pp-am', 'kap-buitendienst', 'knows', 3, '2021-05-01'],
  ['kap-analist', 'pp-am', 'works_with', 3, '2022-05-01', null, 'Export sensordata'],
];

// The province, the water board and the Environment Act.
const PROVINCE: RelationRow[] = [
  ['prov-digi', 'prov-ow', 'works_with', 3, '2018-06-01'],
  ['prov-digi', 'werkgroep', 'advises', 3, '2021-01-01'],
  ['prov-digi', 'kap-weth-digi', 'knows', 2, '2021-01-01'],
  ['prov-ow', 'kap-omgevingswet', 'works_with', 3, '2020-01-01'],
  ['ws-info', 'kap-omgevingswet', 'works_with', 3, '2020-06-01'],
  ['ws-info', 'gr-ict', 'knows', 2, '2019-01-01'],
];

// The university of applied sciences and the new members of the data team (2023).
const UNIVERSITY: RelationRow[] = [
  ['me', 'hz-lector', 'knows', 3, '2022-11-15', null, 'Kennismaking op de regiobijeenkomst 2022'],
  ['hz-lector', 'me', 'works_with', 4, '2023-03-01'],
  ['hz-lector', 'hz-docent', 'works_with', 5, '2017-09-01'],
  ['hz-lector', 'werkgroep', 'advises', 3, '2023-03-01'],
  ['hz-lector', 'prov-digi', 'knows', 3, '2021-01-01'],
  ['hz-lector', 'mid-im', 'knows', 3, '2020-01-01'],
  ['hz-docent', 'kap-analist', 'works_with', 3, '2023-03-01'],
  ['hz-docent', 'kap-data-trainee', 'works_with', 4, '2023-02-01', null, 'Oud-student; begeleidt afstudeerders'],
  ['hz-docent', 'goe-data', 'knows', 2, '2023-06-01'],
  ['hz-stage', 'hz-docent', 'works_with', 4, '2019-09-01'],
  ['hz-stage', 'kap-data-engineer', 'works_with', 3, '2023-09-01', null, 'Stageplaatsen datateam'],
  ['kap-data-trainee', 'hz-stage', 'knows', 3, '2023-02-01'],
];

export const regionalRelations: DemoRelation[] = relations([
  ...ORGANISATIONS,
  ...MEETING,
  ...WORKING_GROUP,
  ...EXPERTS,
  ...JOINT_ARRANGEMENT,
  ...SUPPLIERS,
  ...PROVINCE,
  ...UNIVERSITY,
]);
