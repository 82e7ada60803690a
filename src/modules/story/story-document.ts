/**
 * "Het verhaal" as a document: headings, paragraphs, lists, tables and charts, with every
 * text already in the reader's language. The same document is sent as JSON to the web page
 * and drawn as a PDF, so both always tell the same story. Every chart carries the table
 * that is its accessible equivalent.
 */
import { z } from 'zod';

export const storyLanguages = ['nl', 'en'] as const;
export type StoryLanguage = (typeof storyLanguages)[number];

const table = z.object({
  columns: z.array(z.string()),
  rows: z.array(z.array(z.string())),
});

const chartSeries = z.object({ name: z.string(), values: z.array(z.number()) });

export const storyBlockSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('paragraph'), text: z.string() }),
  z.object({ kind: z.literal('list'), items: z.array(z.string()) }),
  z.object({ kind: z.literal('table'), caption: z.string(), table }),
  z
    .object({
      kind: z.literal('lineChart'),
      caption: z.string(),
      labels: z.array(z.string()).describe('The x-axis labels, one per value of each series.'),
      series: z.array(chartSeries),
      table: table.describe('The same figures as a table.'),
    })
    .describe('Lines over time, e.g. the network growing.'),
  z
    .object({
      kind: z.literal('barChart'),
      caption: z.string(),
      labels: z.array(z.string()),
      series: z.array(chartSeries),
      max: z.number().describe('The top of the value axis.'),
      table: table.describe('The same figures as a table.'),
    })
    .describe('Grouped bars, e.g. maturity per dimension.'),
]);
export type StoryBlock = z.infer<typeof storyBlockSchema>;

export const storySectionSchema = z.object({ id: z.string(), heading: z.string(), blocks: z.array(storyBlockSchema) });
export type StorySection = z.infer<typeof storySectionSchema>;

export const storyDocumentSchema = z
  .object({
    language: z.enum(storyLanguages),
    title: z.string(),
    subtitle: z.string(),
    generatedAt: z.string().describe('When the report was composed, ISO 8601 UTC.'),
    sections: z.array(storySectionSchema),
  })
  .meta({ id: 'StoryReport' });
export type StoryDocument = z.infer<typeof storyDocumentSchema>;
