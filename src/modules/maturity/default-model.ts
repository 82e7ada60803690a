/**
 * The maturity model for data-driven working that every workspace gets, written for Kring
 * in its own words, in Dutch and English. Its seven dimensions follow the themes that the
 * public data-maturity frameworks for government share (what data is used for, the data
 * itself, analysis, leadership, culture, tools and skills); the texts are not taken from any
 * of them. Five levels, from first steps to data-driven working as a matter of course.
 */

export const DEFAULT_MODEL_KEY = 'data-driven-working';

/** The texts of a model in one language; dimensions and levels in model order. */
export interface ModelTexts {
  name: string;
  description: string;
  levels: { name: string; description: string | null }[];
  dimensions: { key: string; name: string; description: string | null; levelDescriptions: string[] }[];
}

export const defaultModelSource = 'Kring, written for this product; dimensions after the common themes of public data-maturity frameworks.';
export const defaultModelLicence = 'CC BY 4.0';

const nl: ModelTexts = {
  name: 'Datagedreven werken (Kring)',
  description:
    'Waar staat een organisatie met datagedreven werken? Zeven onderwerpen, vijf niveaus. Bedoeld om gemeenten in een regio met elkaar te vergelijken en samen de volgende stap te kiezen.',
  levels: [
    { name: 'Beginnend', description: 'Data wordt incidenteel gebruikt, op initiatief van enkelingen.' },
    { name: 'Verkennend', description: 'Eerste experimenten en pilots; ervaringen worden nog niet vastgehouden.' },
    { name: 'Ontwikkelend', description: 'Er is een gedeelde aanpak; datagebruik wordt herhaalbaar.' },
    { name: 'Gevorderd', description: 'Datagedreven werken is georganiseerd, gestuurd en gemeten.' },
    { name: 'Vanzelfsprekend', description: 'Data is onderdeel van elk besluit; de organisatie leert en deelt in de regio.' },
  ],
  dimensions: [
    {
      key: 'uses',
      name: 'Toepassingen',
      description: 'Waarvoor data wordt ingezet: verantwoording, beleid, uitvoering, dienstverlening.',
      levelDescriptions: [
        'Cijfers worden vooral opgevraagd voor verplichte verantwoording.',
        'Een paar pilots laten zien wat data kan opleveren, bijvoorbeeld in de afvalinzameling.',
        'Meerdere afdelingen gebruiken dashboards en analyses in hun eigen werk.',
        'Beleid en uitvoering worden met data voorbereid, gevolgd en bijgestuurd.',
        'Data-toepassingen worden regionaal gedeeld en hergebruikt; nieuwe vragen starten met de data.',
      ],
    },
    {
      key: 'data',
      name: 'Data',
      description: 'Beschikbaarheid, kwaliteit, beschrijving en beheer van de gegevens.',
      levelDescriptions: [
        'Gegevens zitten verspreid in systemen en spreadsheets; niemand weet precies wat er is.',
        'De belangrijkste bronnen zijn in beeld; kwaliteit wordt per keer gecontroleerd.',
        'Er zijn eigenaren, beschrijvingen en afspraken over kwaliteit voor de kernbronnen.',
        'Data wordt centraal ontsloten, bewaakt en met privacy by design verwerkt.',
        'Data is vindbaar en herbruikbaar, ook voor partners in de regio, met heldere afspraken.',
      ],
    },
    {
      key: 'analysis',
      name: 'Analyse',
      description: 'Van tellen en beschrijven naar verklaren, voorspellen en sturen.',
      levelDescriptions: [
        'Overzichten en tellingen, meestal handmatig gemaakt.',
        'Eenvoudige analyses en visualisaties voor losse vragen.',
        'Vaste rapportages en dashboards; verbanden worden onderzocht.',
        'Voorspellende analyses ondersteunen keuzes in beleid en uitvoering.',
        'Analyses draaien doorlopend, worden getoetst op eerlijkheid en verbeteren het werk direct.',
      ],
    },
    {
      key: 'leadership',
      name: 'Leiderschap',
      description: 'Visie, opdrachtgeverschap, mandaat en middelen vanuit bestuur en management.',
      levelDescriptions: [
        'Data staat niet op de bestuurlijke agenda.',
        'Een opdrachtgever geeft ruimte en mandaat voor een verkenning.',
        'Er is een vastgestelde visie op datagedreven werken met budget.',
        'Management stuurt op doelen en resultaten van datagedreven werken.',
        'Bestuur en directie dragen datagedreven werken uit, ook in de regio.',
      ],
    },
    {
      key: 'culture',
      name: 'Cultuur',
      description: 'Houding, vertrouwen en de bereidheid om met data te werken en te delen.',
      levelDescriptions: [
        'Onbekendheid en zorgen over risico’s overheersen.',
        'Nieuwsgierigheid groeit dankzij voorlichting en eerste resultaten.',
        'Teams vragen zelf om data en bespreken de uitkomsten.',
        'Werken met data is gewoon; fouten en lessen worden gedeeld.',
        'Experimenteren en delen zijn vanzelfsprekend, binnen en buiten de organisatie.',
      ],
    },
    {
      key: 'tools',
      name: 'Middelen',
      description: 'Techniek, platforms en samenwerking met leveranciers.',
      levelDescriptions: [
        'Losse bestanden en de standaardfuncties van bestaande systemen.',
        'Eerste hulpmiddelen voor analyse en visualisatie, per project gekozen.',
        'Een gedeeld dataplatform met afspraken over beheer en beveiliging.',
        'Een schaalbaar platform, gekoppeld aan de kernsystemen, met leveranciersafspraken.',
        'Een gezamenlijke voorziening in de regio of keten, doorlopend verbeterd.',
      ],
    },
    {
      key: 'skills',
      name: 'Vaardigheden',
      description: 'Kennis en kunde bij medewerkers, specialisten en management.',
      levelDescriptions: [
        'Kennis zit bij een enkeling, vaak buiten de eigen organisatie.',
        'Trainingen en presentaties maken medewerkers bekend met de mogelijkheden.',
        'Er zijn eigen specialisten of een gedeelde data-analist.',
        'Een datateam werkt samen met domeinexperts; datageletterdheid is breed op peil.',
        'De organisatie leidt zelf op en deelt kennis en mensen in de regio.',
      ],
    },
  ],
};

const en: ModelTexts = {
  name: 'Data-driven working (Kring)',
  description:
    'Where does an organisation stand in working with data? Seven topics, five levels. Meant for comparing the municipalities of a region and choosing the next step together.',
  levels: [
    { name: 'Starting', description: 'Data is used now and then, on the initiative of a few people.' },
    { name: 'Exploring', description: 'First experiments and pilots; what was learned is not yet kept.' },
    { name: 'Developing', description: 'A shared approach exists; using data becomes repeatable.' },
    { name: 'Advanced', description: 'Data-driven working is organised, steered and measured.' },
    { name: 'Natural', description: 'Data is part of every decision; the organisation learns and shares in the region.' },
  ],
  dimensions: [
    {
      key: 'uses',
      name: 'Uses',
      description: 'What data is used for: accountability, policy, operations, services.',
      levelDescriptions: [
        'Figures are mostly gathered for mandatory reporting.',
        'A few pilots show what data can bring, for example in waste collection.',
        'Several departments use dashboards and analyses in their own work.',
        'Policy and operations are prepared, followed and adjusted with data.',
        'Data applications are shared and reused in the region; new questions start with the data.',
      ],
    },
    {
      key: 'data',
      name: 'Data',
      description: 'Availability, quality, description and management of the data.',
      levelDescriptions: [
        'Data is scattered over systems and spreadsheets; nobody knows exactly what exists.',
        'The main sources are known; quality is checked case by case.',
        'Core sources have owners, descriptions and agreements on quality.',
        'Data is made available centrally, monitored, and processed with privacy by design.',
        'Data is findable and reusable, also for partners in the region, under clear agreements.',
      ],
    },
    {
      key: 'analysis',
      name: 'Analysis',
      description: 'From counting and describing to explaining, predicting and steering.',
      levelDescriptions: [
        'Overviews and counts, mostly made by hand.',
        'Simple analyses and charts for single questions.',
        'Regular reports and dashboards; relationships are investigated.',
        'Predictive analyses support choices in policy and operations.',
        'Analyses run continuously, are checked for fairness and improve the work directly.',
      ],
    },
    {
      key: 'leadership',
      name: 'Leadership',
      description: 'Vision, sponsorship, mandate and means from the board and management.',
      levelDescriptions: [
        'Data is not on the administrative agenda.',
        'A client gives room and a mandate for an exploration.',
        'An adopted vision on data-driven working exists, with a budget.',
        'Management steers on the goals and results of data-driven working.',
        'Board and directors champion data-driven working, also in the region.',
      ],
    },
    {
      key: 'culture',
      name: 'Culture',
      description: 'Attitude, trust and the willingness to work with data and to share it.',
      levelDescriptions: [
        'Unfamiliarity and worries about risks prevail.',
        'Curiosity grows through information sessions and first results.',
        'Teams ask for data themselves and discuss the outcomes.',
        'Working with data is normal; mistakes and lessons are shared.',
        'Experimenting and sharing come naturally, inside and outside the organisation.',
      ],
    },
    {
      key: 'tools',
      name: 'Tools',
      description: 'Technology, platforms and working with suppliers.',
      levelDescriptions: [
        'Loose files and the standard features of existing systems.',
        'First tools for analysis and charts, chosen per project.',
        'A shared data platform with agreements on management and security.',
        'A scalable platform, connected to the core systems, with supplier agreements.',
        'A joint facility in the region or chain, improved continuously.',
      ],
    },
    {
      key: 'skills',
      name: 'Skills',
      description: 'Knowledge and ability of staff, specialists and management.',
      levelDescriptions: [
        'Knowledge sits with a single person, often outside the organisation.',
        'Trainings and presentations make staff aware of the possibilities.',
        'The organisation has its own specialists or a shared data analyst.',
        'A data team works with domain experts; data literacy is broadly adequate.',
        'The organisation trains its own people and shares knowledge and staff in the region.',
      ],
    },
  ],
};

/** The default model's texts: Dutch first, English as a translation. */
export const defaultModel = { nl, en };
