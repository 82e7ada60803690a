/**
 * Tells the collaboration around one theme from its data: the five steps in order, a
 * timeline by year and the growth of the network — as a story document that the web page
 * shows and the PDF draws. Pure: everything it needs is passed in.
 */
import type { StoryBlock, StoryDocument, StoryLanguage, StorySection } from './story-document.ts';
import { storyTexts, vocabularyLabel, type StoryTexts } from './story-texts.ts';
import type { GrowthPoint, TimelineEvent } from './story.schema.ts';

export interface StoryInput {
  language: StoryLanguage;
  generatedAt: string;
  theme: {
    title: string;
    status: string;
    description: string | null;
    horizon: string | null;
    ownerName: string | null;
    organisationNames: string[];
  };
  /** Oldest first. */
  events: TimelineEvent[];
  growth: GrowthPoint[];
  initiatives: { title: string; status: string; outcome: string | null }[];
  groups: { name: string; memberCount: number }[];
  stakeholders: { name: string; quadrant: keyof StoryTexts['quadrants']; attitude: number }[];
  decisions: { date: string; title: string; bodyName: string | null; outcome: string; amountCents: number | null }[];
  maturity: {
    modelName: string;
    dimensions: string[];
    levels: number;
    organisations: { name: string; scores: (number | null)[] }[];
  } | null;
}

const paragraph = (text: string): StoryBlock => ({ kind: 'paragraph', text });

/** Composes the report of a theme in the input's language. */
export function composeStory(input: StoryInput): StoryDocument {
  const t = storyTexts(input.language);
  const years = input.events.map((event) => event.date.slice(0, 4));
  const sections: StorySection[] = [
    direction(input, t),
    role(input, t),
    position(input, t),
    keyFigures(input, t),
    decisionMakers(input, t),
    timeline(input, t),
    growth(input, t),
  ];
  return {
    language: input.language,
    title: t.title(input.theme.title),
    subtitle: t.subtitle(years[0] ?? null, years.at(-1) ?? null, t.formatDate(input.generatedAt)),
    generatedAt: input.generatedAt,
    sections,
  };
}

function eventsOf(input: StoryInput, kinds: TimelineEvent['kind'][]): TimelineEvent[] {
  return input.events.filter((event) => kinds.includes(event.kind));
}

function datedList(events: TimelineEvent[], t: StoryTexts): StoryBlock[] {
  return events.length > 0 ? [{ kind: 'list', items: events.map((event) => `${t.formatDate(event.date)}: ${t.event(event)}`) }] : [];
}

function direction(input: StoryInput, t: StoryTexts): StorySection {
  const { theme } = input;
  const facts = [
    t.status(vocabularyLabel(t.themeStatuses, theme.status)),
    theme.horizon ? t.horizon(t.formatDate(theme.horizon)) : '',
    theme.ownerName ? t.owner(theme.ownerName) : '',
  ].filter(Boolean);
  const people = input.growth.at(-1)?.people ?? 0;
  const counts = {
    interactions: eventsOf(input, ['interaction']).length,
    decisions: input.decisions.length,
    initiatives: input.initiatives.length,
    people,
  };
  return {
    id: 'direction',
    heading: t.headings.direction,
    blocks: [
      paragraph(theme.description ?? t.noDescription),
      paragraph(`${facts.join(' ')} ${t.summary(counts)}`),
      ...(theme.organisationNames.length > 0
        ? [paragraph(`${t.organisations}:`), { kind: 'list' as const, items: theme.organisationNames }]
        : []),
    ],
  };
}

function role(input: StoryInput, t: StoryTexts): StorySection {
  const blocks = [
    ...datedList(eventsOf(input, ['mandateGranted', 'mandateReview', 'initiativeStarted', 'initiativeEnded']), t),
    ...input.initiatives.filter((i) => i.outcome).map((i) => paragraph(`${i.title}: ${i.outcome}`)),
  ];
  return { id: 'role', heading: t.headings.role, blocks: blocks.length > 0 ? blocks : [paragraph(t.nothingYet)] };
}

function position(input: StoryInput, t: StoryTexts): StorySection {
  const blocks: StoryBlock[] = [];
  const { maturity } = input;
  if (maturity && maturity.organisations.length > 0) {
    const caption = t.maturityCaption(maturity.modelName);
    blocks.push({
      kind: 'barChart',
      caption,
      labels: maturity.dimensions,
      max: maturity.levels,
      series: maturity.organisations.map((o) => ({ name: o.name, values: o.scores.map((score) => score ?? 0) })),
      table: {
        columns: [t.organisation, ...maturity.dimensions],
        rows: maturity.organisations.map((o) => [o.name, ...o.scores.map((score) => (score === null ? '–' : String(score)))]),
      },
    });
  }
  if (input.groups.length > 0) blocks.push({ kind: 'list', items: input.groups.map((g) => `${g.name} (${g.memberCount})`) });
  blocks.push(...datedList(eventsOf(input, ['groupJoined', 'knowledgeShared']), t));
  return { id: 'position', heading: t.headings.position, blocks: blocks.length > 0 ? blocks : [paragraph(t.nothingYet)] };
}

function keyFigures(input: StoryInput, t: StoryTexts): StorySection {
  if (input.stakeholders.length === 0) return { id: 'keyFigures', heading: t.headings.keyFigures, blocks: [paragraph(t.nothingYet)] };
  const c = t.stakeholderColumns;
  const signed = (value: number) => (value > 0 ? `+${value}` : String(value));
  return {
    id: 'keyFigures',
    heading: t.headings.keyFigures,
    blocks: [
      {
        kind: 'table',
        caption: t.headings.keyFigures,
        table: {
          columns: [c.name, c.quadrant, c.attitude],
          rows: input.stakeholders.map((s) => [s.name, t.quadrants[s.quadrant], signed(s.attitude)]),
        },
      },
    ],
  };
}

function decisionMakers(input: StoryInput, t: StoryTexts): StorySection {
  if (input.decisions.length === 0) return { id: 'decisionMakers', heading: t.headings.decisionMakers, blocks: [paragraph(t.nothingYet)] };
  const c = t.decisionColumns;
  return {
    id: 'decisionMakers',
    heading: t.headings.decisionMakers,
    blocks: [
      {
        kind: 'table',
        caption: t.headings.decisionMakers,
        table: {
          columns: [c.date, c.title, c.body, c.outcome, c.amount],
          rows: input.decisions.map((d) => [
            t.formatDate(d.date),
            d.title,
            d.bodyName ?? '',
            vocabularyLabel(t.outcomes, d.outcome),
            d.amountCents === null ? '' : t.formatAmount(d.amountCents),
          ]),
        },
      },
    ],
  };
}

function timeline(input: StoryInput, t: StoryTexts): StorySection {
  const byYear = new Map<string, TimelineEvent[]>();
  for (const event of input.events) byYear.set(event.date.slice(0, 4), [...(byYear.get(event.date.slice(0, 4)) ?? []), event]);
  const blocks: StoryBlock[] = [...byYear].flatMap(([year, events]) => [paragraph(year), ...datedList(events, t)]);
  return { id: 'timeline', heading: t.headings.timeline, blocks: blocks.length > 0 ? blocks : [paragraph(t.nothingYet)] };
}

function growth(input: StoryInput, t: StoryTexts): StorySection {
  if (input.growth.length === 0) return { id: 'growth', heading: t.headings.growth, blocks: [paragraph(t.nothingYet)] };
  const c = t.growthColumns;
  const names = ['people', 'organisations', 'relations', 'groupMemberships'] as const;
  return {
    id: 'growth',
    heading: t.headings.growth,
    blocks: [
      {
        kind: 'lineChart',
        caption: t.growthCaption,
        labels: input.growth.map((point) => point.year),
        series: names.map((name) => ({ name: c[name], values: input.growth.map((point) => point[name]) })),
        table: {
          columns: [c.year, ...names.map((name) => c[name])],
          rows: input.growth.map((point) => [point.year, ...names.map((name) => String(point[name]))]),
        },
      },
    ],
  };
}
