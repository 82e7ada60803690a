/**
 * The administrative agenda of the demo region (step 1 of the method) and a few shared
 * notes that tell the story in the information manager's own words.
 */
import type { DemoNote, DemoTheme } from './demo-types.ts';

const BEVELANDEN = ['kapelle', 'borsele', 'goes', 'noord-beveland', 'reimerswaal'];

export const demoThemes: DemoTheme[] = [
  {
    key: 'datagedreven',
    title: 'Datagedreven werken',
    kind: 'regional_theme',
    status: 'active',
    description:
      'In 2020 gekozen als thema om mee te experimenteren: wat kan datagedreven werken de gemeente en de Bevelanden-regio bieden?',
    horizon: '2026-12-31',
    ownerKey: 'me',
    organisationKeys: [...BEVELANDEN, 'werkgroep', 'gr-bevelanden', 'hz'],
  },
  {
    key: 'afval',
    title: 'Afvalinzameling slimmer',
    kind: 'development',
    status: 'active',
    description: 'Pilot met vulgraadsensoren en datagestuurde routes; gestart in Kapelle in 2021, Borsele volgt.',
    horizon: '2025-06-30',
    ownerKey: 'kap-afval',
    organisationKeys: ['kapelle', 'kapelle-openbare-ruimte', 'borsele', 'polderpunt'],
  },
  {
    key: 'omgevingswet',
    title: 'Omgevingswet',
    kind: 'legislation',
    status: 'active',
    description: 'Invoering van de Omgevingswet (in werking sinds 1 januari 2024) en de gegevens die daarvoor nodig zijn.',
    horizon: '2025-12-31',
    ownerKey: 'kap-omgevingswet',
    organisationKeys: ['kapelle', 'provincie-zeeland', 'waterschap-scheldestromen'],
  },
  {
    key: 'woo',
    title: 'Wet open overheid',
    kind: 'legislation',
    status: 'active',
    description: 'Actieve openbaarmaking en de afhandeling van Woo-verzoeken; vraagt op orde gebracht informatiebeheer.',
    horizon: '2026-12-31',
    ownerKey: 'kap-archief',
    organisationKeys: ['kapelle', 'minbzk', 'vng'],
  },
  {
    key: 'weerbaarheid',
    title: 'Digitale weerbaarheid',
    kind: 'administrative_task',
    status: 'exploring',
    description: 'Gezamenlijk beeld van risico’s en maatregelen voor de vijf gemeenten en de GR.',
    ownerKey: 'kap-ciso',
    organisationKeys: [...BEVELANDEN, 'gr-bevelanden', 'vng'],
  },
  {
    key: 'hz-samenwerking',
    title: 'Onderzoek en stages met de Hogeschool Zeeland',
    kind: 'development',
    status: 'exploring',
    description: 'Afstudeeropdrachten en praktijkonderzoek voor het datateam en de werkgroep.',
    horizon: '2025-09-01',
    ownerKey: 'kap-data-engineer',
    organisationKeys: ['hz', 'kapelle-datateam', 'werkgroep'],
  },
];

export const demoNotes: DemoNote[] = [
  {
    subjectKey: 'regiobijeenkomst',
    subjectType: 'organisation',
    visibility: 'workspace',
    body: 'Eerste regiobijeenkomst in april 2019 in Kapelle. Zeeuwse gemeenten, de provincie en een paar leveranciers deelden ervaringen met informatisering en automatisering. Wat bleef hangen: de meerwaarde van oplossingen op basis van data.',
  },
  {
    subjectKey: 'datagedreven',
    subjectType: 'theme',
    visibility: 'workspace',
    body: 'Maart 2020: met de gemeentesecretaris als interne opdrachtgever gekozen voor datagedreven werken. Mandaat voor een verkenning; eerst zoeken naar lopende projecten met een data-element en naar organisatievraagstukken die data kan helpen oplossen.',
  },
  {
    subjectKey: 'kap-secretaris',
    subjectType: 'person',
    visibility: 'workspace',
    body: 'Opdrachtgever voor de verkenning. Wil zien dat het bijdraagt aan de dienstverlening aan inwoners; vraagt om een korte businesscase voordat iets structureel wordt.',
  },
  {
    subjectKey: 'kapelle-raad',
    subjectType: 'organisation',
    visibility: 'workspace',
    body: 'Raadsinformatieavond maart 2021: veel vragen over privacy en over wat er met gegevens van inwoners gebeurt. De FG heeft toegelicht hoe een DPIA werkt. Daarna ruimte in de begroting 2022 voor een datateam.',
  },
  {
    subjectKey: 'afval',
    subjectType: 'theme',
    visibility: 'workspace',
    body: 'Pilot gestart in mei 2021 met sensoren in de ondergrondse containers. Na een jaar minder onnodige ritten; Borsele wil de aanpak overnemen. De domeinexperts van Openbare Ruimte waren vanaf het begin betrokken, dat maakte het verschil.',
  },
  {
    subjectKey: 'kap-analist',
    subjectType: 'person',
    visibility: 'workspace',
    body: 'Sinds april 2022 samen met Borsele ingehuurd: drie dagen Kapelle, twee dagen Borsele. Brengt projecten tussen de gemeenten over.',
  },
  {
    subjectKey: 'hz',
    subjectType: 'organisation',
    visibility: 'workspace',
    body: 'Kennismaking op de regiobijeenkomst van november 2022; sinds maart 2023 lid van de werkgroep. Levert stagiairs en denkt mee over onderzoek naar datavolwassenheid.',
  },
];
