/**
 * The words of "het verhaal" in Dutch and English. The report is composed on the server (it
 * must also become a PDF without a browser), so its texts live here rather than in the web
 * client's resources; the types make both languages complete.
 */
import type { decisionOutcomes, interactionKinds, mendelowQuadrants, themeStatuses } from '../../domain/vocabulary.ts';
import type { StoryLanguage } from './story-document.ts';
import type { TimelineEvent } from './story.schema.ts';

type Labels<T extends readonly string[]> = Record<T[number], string>;

export interface StoryTexts {
  title: (theme: string) => string;
  subtitle: (from: string | null, to: string | null, generatedOn: string) => string;
  headings: Record<'direction' | 'role' | 'position' | 'keyFigures' | 'decisionMakers' | 'timeline' | 'growth', string>;
  summary: (counts: { interactions: number; decisions: number; initiatives: number; people: number }) => string;
  status: (status: string) => string;
  horizon: (date: string) => string;
  owner: (name: string) => string;
  organisations: string;
  noDescription: string;
  nothingYet: string;
  event: (event: TimelineEvent) => string;
  growthCaption: string;
  growthColumns: { year: string; people: string; organisations: string; relations: string; groupMemberships: string };
  maturityCaption: (model: string) => string;
  organisation: string;
  decisionColumns: { date: string; title: string; body: string; outcome: string; amount: string };
  stakeholderColumns: { name: string; quadrant: string; attitude: string };
  quadrants: Labels<typeof mendelowQuadrants>;
  outcomes: Labels<typeof decisionOutcomes>;
  interactionKinds: Labels<typeof interactionKinds>;
  themeStatuses: Labels<typeof themeStatuses>;
  formatDate: (isoDate: string) => string;
  formatAmount: (cents: number) => string;
}

const label = <T extends string>(labels: Record<T, string>, code: string | null): string =>
  code && code in labels ? labels[code as T] : (code ?? '');

function dateFormatter(locale: string) {
  const format = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
  return (isoDate: string) => format.format(new Date(`${isoDate.slice(0, 10)}T00:00:00Z`));
}

function amountFormatter(locale: string) {
  const format = new Intl.NumberFormat(locale, { style: 'currency', currency: 'EUR' });
  return (cents: number) => format.format(cents / 100);
}

const nl: StoryTexts = {
  title: (theme) => `Het verhaal van ${theme}`,
  subtitle: (from, to, on) => `${from && to ? `${from}–${to}. ` : ''}Samengesteld op ${on} uit de gegevens in Kring.`,
  headings: {
    direction: 'Stap 1 — Richting',
    role: 'Stap 2 — Rol',
    position: 'Stap 3 — Positie',
    keyFigures: 'Stap 4 — Sleutelfiguren',
    decisionMakers: 'Stap 5 — Beslissers en besluiten',
    timeline: 'Tijdlijn',
    growth: 'Groei van het netwerk',
  },
  summary: ({ interactions, decisions, initiatives, people }) =>
    `Rond dit thema zijn ${interactions} contactmomenten vastgelegd, ${initiatives} initiatieven gestart en ${decisions} besluiten genomen; het netwerk telt ${people} mensen.`,
  status: (status) => `Status: ${status}.`,
  horizon: (date) => `Horizon: ${date}.`,
  owner: (name) => `Eigenaar: ${name}.`,
  organisations: 'Betrokken organisaties',
  noDescription: 'Er is nog geen beschrijving van dit thema.',
  nothingYet: 'Hier is nog niets over vastgelegd.',
  event: (e) => {
    const party = e.partyName ?? '';
    switch (e.kind) {
      case 'mandateGranted':
        return `Mandaat als ${e.title} verleend${party ? ` door ${party}` : ''}.`;
      case 'mandateReview':
        return `Mandaat als ${e.title} wordt herzien.`;
      case 'initiativeStarted':
        return `Start van ${e.title}.`;
      case 'initiativeEnded':
        return `Afronding van ${e.title}.`;
      case 'groupJoined':
        return `${party} sluit aan bij ${e.title}.`;
      case 'interaction':
        return `${label(nl.interactionKinds, e.detail)}: ${e.title}${party ? ` (${party})` : ''}.`;
      case 'knowledgeShared':
        return `Gedeeld: ${e.title}.`;
      case 'stakeholderAssessed':
        return `Positie van ${party} als sleutelfiguur beoordeeld.`;
      case 'maturityAssessed':
        return `Volwassenheid van ${party} gemeten (${e.title}).`;
      case 'decision':
        return `Besluit${party ? ` van ${party}` : ''}: ${e.title} — ${label(nl.outcomes, e.detail)}.`;
    }
  },
  growthCaption: 'Het netwerk per jaar (totalen aan het eind van elk jaar)',
  growthColumns: { year: 'Jaar', people: 'Mensen', organisations: 'Organisaties', relations: 'Relaties', groupMemberships: 'Groepsleden' },
  maturityCaption: (model) => `Volwassenheid per dimensie, laatste meting per organisatie (${model})`,
  organisation: 'Organisatie',
  decisionColumns: { date: 'Datum', title: 'Besluit', body: 'Besluitvormend orgaan', outcome: 'Uitkomst', amount: 'Bedrag' },
  stakeholderColumns: { name: 'Sleutelfiguur', quadrant: 'Aanpak', attitude: 'Houding (−2…+2)' },
  quadrants: { manage_closely: 'Nauw betrekken', keep_satisfied: 'Tevreden houden', keep_informed: 'Informeren', monitor: 'Volgen' },
  outcomes: { pending: 'nog open', adopted: 'aangenomen', rejected: 'verworpen', postponed: 'uitgesteld', withdrawn: 'ingetrokken' },
  interactionKinds: {
    meeting: 'Overleg',
    informative_session: 'Informatiebijeenkomst',
    presentation: 'Presentatie of training',
    expert_conversation: 'Expertgesprek',
    one_to_one: 'Één-op-ééngesprek',
    call: 'Telefoongesprek',
    email: 'E-mail',
  },
  themeStatuses: { exploring: 'verkennen', active: 'actief', on_hold: 'gepauzeerd', completed: 'afgerond', dropped: 'gestopt' },
  formatDate: dateFormatter('nl-NL'),
  formatAmount: amountFormatter('nl-NL'),
};

const en: StoryTexts = {
  title: (theme) => `The story of ${theme}`,
  subtitle: (from, to, on) => `${from && to ? `${from}–${to}. ` : ''}Composed on ${on} from the data in Kring.`,
  headings: {
    direction: 'Step 1 — Direction',
    role: 'Step 2 — Role',
    position: 'Step 3 — Position',
    keyFigures: 'Step 4 — Key figures',
    decisionMakers: 'Step 5 — Decision-makers and decisions',
    timeline: 'Timeline',
    growth: 'Growth of the network',
  },
  summary: ({ interactions, decisions, initiatives, people }) =>
    `Around this theme, ${interactions} interactions were recorded, ${initiatives} initiatives started and ${decisions} decisions taken; the network counts ${people} people.`,
  status: (status) => `Status: ${status}.`,
  horizon: (date) => `Horizon: ${date}.`,
  owner: (name) => `Owner: ${name}.`,
  organisations: 'Organisations involved',
  noDescription: 'This theme has no description yet.',
  nothingYet: 'Nothing has been recorded about this yet.',
  event: (e) => {
    const party = e.partyName ?? '';
    switch (e.kind) {
      case 'mandateGranted':
        return `Mandate as ${e.title} granted${party ? ` by ${party}` : ''}.`;
      case 'mandateReview':
        return `Mandate as ${e.title} up for review.`;
      case 'initiativeStarted':
        return `${e.title} starts.`;
      case 'initiativeEnded':
        return `${e.title} ends.`;
      case 'groupJoined':
        return `${party} joins ${e.title}.`;
      case 'interaction':
        return `${label(en.interactionKinds, e.detail)}: ${e.title}${party ? ` (${party})` : ''}.`;
      case 'knowledgeShared':
        return `Shared: ${e.title}.`;
      case 'stakeholderAssessed':
        return `${party} assessed as a key figure.`;
      case 'maturityAssessed':
        return `Maturity of ${party} assessed (${e.title}).`;
      case 'decision':
        return `Decision${party ? ` by ${party}` : ''}: ${e.title} — ${label(en.outcomes, e.detail)}.`;
    }
  },
  growthCaption: 'The network per year (totals at the end of each year)',
  growthColumns: {
    year: 'Year',
    people: 'People',
    organisations: 'Organisations',
    relations: 'Relations',
    groupMemberships: 'Group members',
  },
  maturityCaption: (model) => `Maturity per dimension, latest assessment per organisation (${model})`,
  organisation: 'Organisation',
  decisionColumns: { date: 'Date', title: 'Decision', body: 'Deciding body', outcome: 'Outcome', amount: 'Amount' },
  stakeholderColumns: { name: 'Key figure', quadrant: 'Approach', attitude: 'Attitude (−2…+2)' },
  quadrants: { manage_closely: 'Manage closely', keep_satisfied: 'Keep satisfied', keep_informed: 'Keep informed', monitor: 'Monitor' },
  outcomes: { pending: 'pending', adopted: 'adopted', rejected: 'rejected', postponed: 'postponed', withdrawn: 'withdrawn' },
  interactionKinds: {
    meeting: 'Meeting',
    informative_session: 'Informative session',
    presentation: 'Presentation or training',
    expert_conversation: 'Expert conversation',
    one_to_one: 'One-to-one',
    call: 'Call',
    email: 'E-mail',
  },
  themeStatuses: { exploring: 'exploring', active: 'active', on_hold: 'on hold', completed: 'completed', dropped: 'dropped' },
  formatDate: dateFormatter('en-GB'),
  formatAmount: amountFormatter('en-GB'),
};

/** The texts of one language. */
export function storyTexts(language: StoryLanguage): StoryTexts {
  return language === 'en' ? en : nl;
}

export { label as vocabularyLabel };
