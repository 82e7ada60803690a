import { describe, expect, it } from 'vitest';
import type { StoryDocument } from './story-document.ts';
import { renderStoryPdf } from './story-pdf.ts';

/** The text drawn in an uncompressed pdfkit PDF: its hex strings in TJ arrays, decoded as WinAnsi (Latin-1 for these letters). */
function drawnText(pdf: Buffer): string {
  const source = pdf.toString('latin1');
  const pieces: string[] = [];
  for (const array of source.matchAll(/\[([^\]]*)\] TJ/g)) {
    for (const hex of array[1]!.matchAll(/<([0-9a-fA-F]*)>/g)) pieces.push(Buffer.from(hex[1]!, 'hex').toString('latin1'));
    pieces.push(' ');
  }
  return pieces.join('').replace(/\s+/g, ' ');
}

const figures = {
  columns: ['Jaar', 'Mensen'],
  rows: [
    ['2019', '12'],
    ['2020', '31'],
  ],
};
const story: StoryDocument = {
  language: 'nl',
  title: 'Het verhaal van datagedreven werken',
  subtitle: 'De Bevelanden, 2019–2022',
  generatedAt: '2026-11-27T10:00:00.000Z',
  sections: [
    { id: 'direction', heading: 'Richting', blocks: [{ kind: 'paragraph', text: 'Eén regiobijeenkomst in café De Zeeuw.' }] },
    {
      id: 'growth',
      heading: 'Groei van het netwerk',
      blocks: [
        {
          kind: 'lineChart',
          caption: 'Netwerk per jaar',
          labels: ['2019', '2020'],
          series: [{ name: 'Mensen', values: [12, 31] }],
          table: figures,
        },
        { kind: 'list', items: ['Werkgroep opgericht'] },
      ],
    },
  ],
};

describe('the story as PDF', () => {
  it('is a tagged PDF in the story language with a title shown in the window', async () => {
    const pdf = await renderStoryPdf(story, { compress: false });
    const source = pdf.toString('latin1');
    expect(source.startsWith('%PDF-1.7')).toBe(true);
    expect(source).toContain('/StructTreeRoot');
    expect(source).toContain('/Marked true');
    expect(source).toContain('/Lang (nl-NL)');
    expect(source).toContain('/DisplayDocTitle true');
  });

  it('draws every heading, paragraph, list item and table cell, accents included', async () => {
    const text = drawnText(await renderStoryPdf(story, { compress: false }));
    for (const expected of [
      'Het verhaal van datagedreven werken',
      'Richting',
      'Eén regiobijeenkomst in café De Zeeuw.',
      'Werkgroep opgericht',
      'Jaar',
      '31',
    ]) {
      expect(text).toContain(expected);
    }
  });

  it('gives every chart alternative text naming what it shows', async () => {
    const source = (await renderStoryPdf(story, { compress: false })).toString('latin1');
    expect(source).toMatch(/\/S \/Figure[\s\S]*?\/Alt \(Netwerk per jaar/);
  });

  it('switches the document language for an English story', async () => {
    const source = (await renderStoryPdf({ ...story, language: 'en' }, { compress: false })).toString('latin1');
    expect(source).toContain('/Lang (en-GB)');
  });
});
