/**
 * Relations inside each municipality: the line, the college, the council and, in Kapelle,
 * the story of the mandate (2020), the informative sessions (2021), the waste-collection
 * pilot (2021) and the data team (2022).
 */
import { relations, type RelationRow } from './demo-builders.ts';
import type { DemoRelation } from './demo-types.ts';

const KAPELLE: RelationRow[] = [
  // The line and the college.
  ['me', 'kap-bedrijfsvoering', 'reports_to', 4, '2017-01-01'],
  ['me', 'kap-secretaris', 'advises', 3, '2016-03-01'],
  ['kap-secretaris', 'me', 'commissions', 5, '2020-03-01', null, 'Mandaat: verkenning wat datagedreven werken de gemeente kan bieden'],
  ['kap-bedrijfsvoering', 'kap-secretaris', 'reports_to', 4, '2017-01-01'],
  ['kap-ruimte', 'kap-secretaris', 'reports_to', 4, '2015-09-01'],
  ['kap-samenleving', 'kap-secretaris', 'reports_to', 4, '2019-04-01'],
  ['kap-secretaris', 'kap-burgemeester', 'works_with', 5, '2017-02-01'],
  ['kap-burgemeester', 'kap-weth-digi', 'works_with', 4, '2018-04-12'],
  ['kap-burgemeester', 'kap-weth-ruimte', 'works_with', 4, '2018-04-12', '2022-05-31'],
  ['kap-burgemeester', 'kap-weth-ruimte2', 'works_with', 4, '2022-06-01'],
  ['kap-weth-digi', 'kap-weth-ruimte', 'works_with', 3, '2018-04-12', '2022-05-31'],
  ['kap-weth-digi', 'kap-weth-ruimte2', 'works_with', 3, '2022-06-01'],
  ['kap-weth-digi', 'kap-bedrijfsvoering', 'works_with', 4, '2018-04-12', null, 'Portefeuillehouder bedrijfsvoering'],
  ['kap-weth-ruimte', 'kap-ruimte', 'works_with', 4, '2018-04-12', '2022-05-31'],
  ['kap-weth-ruimte2', 'kap-ruimte', 'works_with', 4, '2022-06-01'],
  ['kap-secretaris', 'kap-bedrijfsvoering', 'works_with', 4, '2017-01-01'],
  ['kap-burgemeester', 'me', 'knows', 3, '2019-05-01'],
  ['kap-ruimte', 'me', 'knows', 3, '2017-01-01'],
  ['kap-samenleving', 'me', 'knows', 2, '2020-10-01'],
  ['kap-samenleving', 'kap-burgemeester', 'works_with', 3, '2019-04-01'],
  // Informative sessions for the civil service and the political side.
  ['me', 'kap-weth-digi', 'advises', 4, '2020-06-01', null, 'Portefeuilleoverleg digitalisering'],
  ['me', 'kap-weth-ruimte', 'advises', 3, '2021-02-01', '2022-05-31', 'Pilot afvalinzameling'],
  ['me', 'kap-weth-ruimte2', 'advises', 3, '2022-06-01'],
  ['me', 'kapelle-mt', 'advises', 4, '2020-10-01', null, 'Informerende sessie MT over datagedreven werken'],
  ['me', 'kapelle-college', 'advises', 3, '2021-01-19', null, 'Informerende sessie college'],
  ['me', 'kapelle-raad', 'advises', 3, '2021-03-10', null, 'Raadsinformatieavond datagedreven werken'],
  ['kapelle-college', 'kapelle-openbare-ruimte', 'decides_on', 3, '2021-04-20', null, 'Besluit: pilot slimme afvalinzameling'],
  ['kapelle-raad', 'kapelle-datateam', 'decides_on', 4, '2021-11-11', null, 'Begroting 2022: structurele financiering datateam'],
  ['kapelle', 'kapelle-datateam', 'funds', 4, '2022-01-01'],
  ['me', 'kap-communicatie', 'works_with', 3, '2020-10-01', null, 'Voorbereiding informerende sessies'],
  ['kap-communicatie', 'kap-burgemeester', 'works_with', 3, '2019-01-01'],
  // The council.
  ['kap-griffier', 'kap-raad-1', 'works_with', 3, '2016-05-01'],
  ['me', 'kap-griffier', 'knows', 3, '2020-11-01', null, 'Raadsinformatieavond geregeld'],
  ['kap-raad-1', 'kap-weth-digi', 'knows', 3, '2018-04-12'],
  ['kap-raad-2', 'kap-weth-digi', 'knows', 2, '2018-04-12', '2022-03-29'],
  ['kap-raad-1', 'me', 'knows', 2, '2021-03-10'],
  ['kap-raad-2', 'kap-raad-1', 'knows', 3, '2018-03-29', '2022-03-29'],
  ['kap-raad-3', 'kap-raad-1', 'knows', 3, '2022-03-30'],
  ['kap-raad-3', 'me', 'knows', 2, '2022-05-01', null, 'Vragen over privacy bij data-analyse'],
  ['kap-griffier', 'kap-raad-3', 'works_with', 2, '2022-03-30'],
  // Finance, privacy and security around the data work.
  ['kap-controller', 'kap-bedrijfsvoering', 'works_with', 3, '2018-01-01'],
  ['me', 'kap-controller', 'works_with', 3, '2021-06-01', null, 'Businesscase financiering'],
  ['kap-controller', 'kap-weth-digi', 'advises', 3, '2018-04-12'],
  ['kap-fb', 'me', 'reports_to', 4, '2016-09-01'],
  ['kap-ciso', 'kap-bedrijfsvoering', 'reports_to', 3, '2018-02-01'],
  ['me', 'kap-ciso', 'works_with', 4, '2018-02-01'],
  ['me', 'kap-fg', 'works_with', 4, '2019-01-01'],
  ['kap-fg', 'kap-secretaris', 'advises', 3, '2018-05-25'],
  ['kap-teamleider-ia', 'me', 'works_with', 4, '2016-03-01', '2021-06-30'],
  ['kap-teamleider-ia', 'kap-bedrijfsvoering', 'reports_to', 3, '2017-01-01', '2021-06-30'],
  ['kap-fb', 'kap-teamleider-ia', 'works_with', 3, '2016-09-01', '2021-06-30'],
  ['kap-archief', 'me', 'reports_to', 3, '2018-04-01'],
  ['kap-archief', 'kap-fg', 'works_with', 3, '2022-05-01', null, 'Inrichting Woo-verzoeken'],
  // The waste-collection pilot.
  ['kap-afval', 'kap-ruimte', 'reports_to', 3, '2015-01-01'],
  ['kap-buitendienst', 'kap-ruimte', 'reports_to', 3, '2017-03-01'],
  ['kap-afval', 'kap-buitendienst', 'works_with', 4, '2017-03-01'],
  ['me', 'kap-afval', 'works_with', 4, '2020-11-01', null, 'Domeinexpert voor de eerste pilot'],
  ['me', 'kap-buitendienst', 'works_with', 3, '2021-02-01'],
  ['kap-omgevingswet', 'kap-ruimte', 'reports_to', 3, '2019-06-01'],
  ['me', 'kap-omgevingswet', 'works_with', 3, '2019-09-01'],
  // The data team of 2022 and its shared data analyst.
  ['kap-hr', 'me', 'works_with', 3, '2021-12-01', '2022-04-30', 'Werving gedeelde data-analist'],
  ['kap-hr', 'kap-bedrijfsvoering', 'works_with', 3, '2018-09-01'],
  ['kap-analist', 'me', 'reports_to', 4, '2022-04-01'],
  ['kap-data-engineer', 'me', 'reports_to', 4, '2022-09-01'],
  ['kap-data-trainee', 'me', 'reports_to', 3, '2023-02-01'],
  ['kap-analist', 'kap-data-engineer', 'works_with', 5, '2022-09-01'],
  ['kap-analist', 'kap-data-trainee', 'works_with', 4, '2023-02-01'],
  ['kap-data-engineer', 'kap-data-trainee', 'works_with', 4, '2023-02-01'],
  ['kap-analist', 'kap-afval', 'works_with', 4, '2022-05-01', null, 'Analyse vulgraaddata'],
  ['kap-data-engineer', 'kap-fb', 'works_with', 3, '2022-09-01'],
  ['kap-data-engineer', 'kap-ciso', 'works_with', 3, '2022-10-01'],
  ['kap-analist', 'kap-fg', 'works_with', 3, '2022-05-01', null, 'DPIA afvaldata'],
  ['kap-analist', 'kap-omgevingswet', 'works_with', 2, '2023-03-01'],
];

const BORSELE: RelationRow[] = [
  ['bor-im', 'bor-mt', 'reports_to', 4, '2017-05-01'],
  ['bor-mt', 'bor-secretaris', 'reports_to', 4, '2017-05-01'],
  ['bor-secretaris', 'bor-burgemeester', 'works_with', 5, '2016-09-01'],
  ['bor-weth', 'bor-burgemeester', 'works_with', 4, '2018-05-01'],
  ['bor-weth', 'bor-mt', 'works_with', 4, '2018-05-01'],
  ['bor-im', 'bor-weth', 'advises', 3, '2020-11-01'],
  ['bor-im', 'borsele-mt', 'advises', 3, '2021-10-01', null, 'Voorstel gezamenlijke inhuur data-analist'],
  ['borsele-college', 'borsele-ia', 'decides_on', 3, '2022-02-08', null, 'Besluit: data-analist samen met Kapelle inhuren'],
  ['bor-gis', 'bor-im', 'reports_to', 4, '2015-10-01'],
  ['bor-afval', 'bor-gis', 'works_with', 3, '2018-01-01'],
  ['bor-raad', 'bor-weth', 'knows', 3, '2018-05-01'],
  ['bor-raad', 'bor-im', 'knows', 2, '2022-06-01'],
  ['bor-im', 'bor-afval', 'works_with', 3, '2022-01-15', null, 'Afvalpilot van Kapelle overnemen'],
  ['kap-analist', 'bor-im', 'reports_to', 3, '2022-04-01', null, 'Twee dagen per week voor Borsele'],
  ['kap-analist', 'bor-gis', 'works_with', 4, '2022-05-01'],
  ['kap-analist', 'bor-afval', 'works_with', 3, '2022-09-01'],
  ['borsele', 'kapelle-datateam', 'funds', 3, '2022-04-01', null, 'Bijdrage aan de gedeelde data-analist'],
  ['kapelle-datateam', 'borsele', 'advises', 3, '2022-04-01'],
];

const GOES: RelationRow[] = [
  ['goe-im', 'goe-mt', 'reports_to', 4, '2016-01-01'],
  ['goe-mt', 'goe-secretaris', 'reports_to', 4, '2017-01-01'],
  ['goe-secretaris', 'goe-burgemeester', 'works_with', 5, '2017-01-01'],
  ['goe-weth', 'goe-burgemeester', 'works_with', 4, '2018-05-03'],
  ['goe-weth', 'goe-mt', 'works_with', 3, '2018-05-03'],
  ['goe-im', 'goe-weth', 'advises', 3, '2021-01-01'],
  ['goe-data', 'goe-im', 'reports_to', 4, '2020-01-01'],
  ['goe-ciso', 'goe-im', 'reports_to', 3, '2017-09-01'],
  ['goe-data', 'goe-ciso', 'works_with', 3, '2020-01-01'],
  ['goe-raad', 'goe-weth', 'knows', 3, '2018-05-03', '2022-03-29'],
  ['kapelle-datateam', 'goes', 'advises', 2, '2023-05-01', null, 'Dashboard woningbouw'],
];

const NOORD_BEVELAND: RelationRow[] = [
  ['nb-im', 'nb-mt', 'reports_to', 4, '2018-01-01'],
  ['nb-mt', 'nb-secretaris', 'reports_to', 4, '2018-01-01'],
  ['nb-secretaris', 'nb-burgemeester', 'works_with', 5, '2016-02-01'],
  ['nb-weth', 'nb-burgemeester', 'works_with', 4, '2018-04-26'],
  ['nb-weth', 'nb-mt', 'works_with', 3, '2018-04-26'],
  ['nb-ia', 'nb-im', 'reports_to', 4, '2019-03-01'],
  ['nb-im', 'nb-weth', 'advises', 3, '2021-05-01'],
];

const REIMERSWAAL: RelationRow[] = [
  ['rei-im-old', 'rei-mt', 'reports_to', 4, '2016-08-01', '2021-08-31'],
  ['rei-im', 'rei-mt', 'reports_to', 4, '2021-09-01'],
  ['rei-im-old', 'rei-im', 'knows', 3, '2021-08-01', null, 'Overdracht informatiemanagement'],
  ['rei-mt', 'rei-secretaris', 'reports_to', 4, '2018-03-01'],
  ['rei-secretaris', 'rei-burgemeester', 'works_with', 5, '2018-03-01'],
  ['rei-weth', 'rei-burgemeester', 'works_with', 4, '2018-05-01'],
  ['rei-weth', 'rei-mt', 'works_with', 3, '2018-05-01'],
  ['rei-raad', 'rei-weth', 'knows', 3, '2018-05-01'],
  ['rei-im', 'rei-weth', 'advises', 3, '2022-01-01'],
];

/**
 * Who decides: the members of each college, council and management team, each with a
 * current "decides on" relation to their body — the decision-makers of a theme are found
 * through these (the circle of influence, reach and recommendations).
 */
const DECISION_MAKERS: RelationRow[] = [
  ['kap-burgemeester', 'kapelle-college', 'decides_on', 5, '2018-04-12'],
  ['kap-weth-digi', 'kapelle-college', 'decides_on', 4, '2018-04-12', null, 'Portefeuille digitalisering'],
  ['kap-weth-ruimte2', 'kapelle-college', 'decides_on', 4, '2022-06-01', null, 'Portefeuille openbare ruimte en afval'],
  ['kap-raad-1', 'kapelle-raad', 'decides_on', 4, '2018-03-29'],
  ['kap-raad-2', 'kapelle-raad', 'decides_on', 3, '2018-03-29'],
  ['kap-raad-3', 'kapelle-raad', 'decides_on', 3, '2022-03-30'],
  ['kap-secretaris', 'kapelle-mt', 'decides_on', 5, '2015-09-01'],
  ['bor-weth', 'borsele-college', 'decides_on', 4, '2018-05-01'],
  ['bor-raad', 'borsele-raad', 'decides_on', 3, '2018-03-29'],
  ['goe-weth', 'goes-college', 'decides_on', 4, '2018-05-01'],
  ['goe-raad', 'goes-raad', 'decides_on', 3, '2018-03-29'],
  ['nb-weth', 'noord-beveland-college', 'decides_on', 4, '2018-05-01'],
  ['rei-weth', 'reimerswaal-college', 'decides_on', 4, '2018-05-01'],
  ['rei-raad', 'reimerswaal-raad', 'decides_on', 3, '2018-03-29'],
];

export const municipalRelations: DemoRelation[] = relations([
  ...KAPELLE,
  ...BORSELE,
  ...GOES,
  ...NOORD_BEVELAND,
  ...REIMERSWAAL,
  ...DECISION_MAKERS,
]);
