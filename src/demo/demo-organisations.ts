/**
 * Organisations of the demo region. Public bodies are real (names, CBS codes, websites are
 * public facts); every company is invented and uses an `.example` website.
 */
import type { DemoOrganisation } from './demo-types.ts';

/** A municipality with the units the article names: MT, college, council and I&A. */
function municipality(key: string, place: string, code: string, website: string): DemoOrganisation[] {
  return [
    { key, name: `Gemeente ${place}`, kind: 'municipality', code, website },
    { key: `${key}-mt`, name: `Managementteam ${place}`, kind: 'management_team', parentKey: key },
    { key: `${key}-college`, name: `College van B&W ${place}`, kind: 'executive_board', parentKey: key },
    { key: `${key}-raad`, name: `Gemeenteraad ${place}`, kind: 'council', parentKey: key },
    { key: `${key}-ia`, name: `Afdeling I&A ${place}`, kind: 'department', parentKey: key },
  ];
}

export const demoOrganisations: DemoOrganisation[] = [
  ...municipality('kapelle', 'Kapelle', 'GM0678', 'https://www.kapelle.nl'),
  {
    key: 'kapelle-datateam',
    name: 'Datateam Kapelle',
    kind: 'team',
    parentKey: 'kapelle',
    description: 'Opgericht in 2022; werkt voor Kapelle en voor de regio aan dataoplossingen.',
  },
  {
    key: 'kapelle-openbare-ruimte',
    name: 'Afdeling Openbare Ruimte Kapelle',
    kind: 'department',
    parentKey: 'kapelle',
    description: 'Beheer openbare ruimte en afvalinzameling; eigenaar van de afvalpilot.',
  },
  ...municipality('borsele', 'Borsele', 'GM0654', 'https://www.borsele.nl'),
  ...municipality('goes', 'Goes', 'GM0664', 'https://www.goes.nl'),
  ...municipality('noord-beveland', 'Noord-Beveland', 'GM1695', 'https://www.noord-beveland.nl'),
  ...municipality('reimerswaal', 'Reimerswaal', 'GM0703', 'https://www.reimerswaal.nl'),
  {
    key: 'middelburg',
    name: 'Gemeente Middelburg',
    kind: 'municipality',
    code: 'GM0687',
    website: 'https://www.middelburg.nl',
  },
  {
    key: 'vlissingen',
    name: 'Gemeente Vlissingen',
    kind: 'municipality',
    code: 'GM0718',
    website: 'https://www.vlissingen.nl',
  },
  { key: 'provincie-zeeland', name: 'Provincie Zeeland', kind: 'province', website: 'https://www.zeeland.nl' },
  {
    key: 'waterschap-scheldestromen',
    name: 'Waterschap Scheldestromen',
    kind: 'water_board',
    website: 'https://www.scheldestromen.nl',
  },
  {
    key: 'gr-bevelanden',
    name: 'GR De Bevelanden',
    kind: 'joint_arrangement',
    description: 'Gemeenschappelijke regeling van de vijf Bevelandse gemeenten voor gedeelde ICT en bedrijfsvoering.',
  },
  {
    key: 'minbzk',
    name: 'Ministerie van Binnenlandse Zaken en Koninkrijksrelaties',
    kind: 'central_government',
    website: 'https://www.rijksoverheid.nl',
  },
  {
    key: 'hz',
    name: 'Hogeschool Zeeland (HZ University of Applied Sciences)',
    kind: 'knowledge_institution',
    website: 'https://hz.nl',
    description: 'Sinds 2023 partner van de werkgroep: onderzoek en stages rond data.',
  },
  { key: 'vng', name: 'Vereniging van Nederlandse Gemeenten (VNG)', kind: 'network', website: 'https://vng.nl' },
  {
    key: 'regiobijeenkomst',
    name: 'Regiobijeenkomst Zeeland I&A',
    kind: 'network',
    description: 'Jaarlijkse bijeenkomst sinds 2019 waar Zeeuwse organisaties ervaringen met informatisering en automatisering delen.',
  },
  {
    key: 'werkgroep',
    name: 'Werkgroep Datagedreven Bevelanden',
    kind: 'network',
    description: 'Regionale werkgroep sinds 2020: presentaties, trainingen en het vergelijken van de Bevelandse gemeenten.',
  },
  {
    key: 'schelde-informatiediensten',
    name: 'Schelde Informatiediensten BV',
    kind: 'supplier',
    website: 'https://schelde-informatiediensten.example',
    description: 'Zaaksysteem en hosting voor gemeenten.',
  },
  {
    key: 'datalab-zeeland',
    name: 'Datalab Zeeland BV',
    kind: 'supplier',
    website: 'https://datalab-zeeland.example',
    description: 'Dataplatform en dashboards.',
  },
  {
    key: 'polderpunt',
    name: 'Polderpunt Software BV',
    kind: 'supplier',
    website: 'https://polderpunt.example',
    description: 'Vulgraadsensoren en routeplanning voor afvalinzameling.',
  },
  {
    key: 'kreekrug-advies',
    name: 'Kreekrug Advies BV',
    kind: 'consultancy',
    website: 'https://kreekrug-advies.example',
    description: 'Organisatieadvies; onderzoek naar datavolwassenheid.',
  },
  {
    key: 'dijkpaal-consultancy',
    name: 'Dijkpaal Consultancy',
    kind: 'consultancy',
    website: 'https://dijkpaal.example',
    description: 'Technische consultants: wat is haalbaar met data en architectuur.',
  },
];
