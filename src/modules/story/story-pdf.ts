/**
 * Draws a story document as a tagged PDF (PDF/UA structure: headings, paragraphs, lists,
 * tables, figures with alternative text) with pdfkit — pure JavaScript, so it works on a
 * fresh install with no browser on the server. Charts are drawn as vector graphics.
 */
import PDFDocument from 'pdfkit';
import { niceCeiling, ticks } from '../../domain/chart-scale.ts';
import type { StoryBlock, StoryDocument } from './story-document.ts';

type Pdf = PDFKit.PDFDocument;
type Structure = PDFKit.PDFStructureElement;

const MARGIN = 56;
const INK = '#1b1b1b';
const MUTED = '#555555';
/** Distinguishable in grey scale too; the tables carry the figures for anyone who cannot tell. */
const SERIES_COLOURS = ['#01689b', '#d52b1e', '#39870c', '#e17000', '#7b4b94', '#42145f'];
const CHART_HEIGHT = 180;

export interface PdfOptions {
  /** Uncompressed content streams; tests read the text back. */
  compress?: boolean;
}

/** Renders the document and resolves with the PDF bytes. */
export function renderStoryPdf(story: StoryDocument, options: PdfOptions = {}): Promise<Buffer> {
  const doc = new PDFDocument({
    size: 'A4',
    margin: MARGIN,
    pdfVersion: '1.7',
    tagged: true,
    lang: story.language === 'nl' ? 'nl-NL' : 'en-GB',
    displayTitle: true,
    compress: options.compress ?? true,
    info: { Title: story.title, Subject: story.subtitle, Creator: 'Kring', CreationDate: new Date(story.generatedAt) },
  });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });

  const root = doc.struct('Document');
  doc.addStructure(root);
  root.add(doc.struct('H1', {}, () => doc.font('Helvetica-Bold').fontSize(22).fillColor(INK).text(story.title)));
  root.add(doc.struct('P', {}, () => doc.moveDown(0.3).font('Helvetica').fontSize(11).fillColor(MUTED).text(story.subtitle)));
  for (const section of story.sections) {
    const part = doc.struct('Sect');
    root.add(part);
    keepTogether(doc, 60);
    part.add(doc.struct('H2', {}, () => doc.moveDown(1).font('Helvetica-Bold').fontSize(15).fillColor(INK).text(section.heading)));
    for (const block of section.blocks) drawBlock(doc, part, block);
    part.end();
  }
  root.end();
  doc.end();
  return done;
}

/** Starts a new page when fewer than `height` points are left on this one. */
function keepTogether(doc: Pdf, height: number): void {
  if (doc.y + height > doc.page.height - MARGIN) doc.addPage();
}

function drawBlock(doc: Pdf, parent: Structure, block: StoryBlock): void {
  doc.moveDown(0.5);
  switch (block.kind) {
    case 'paragraph':
      parent.add(doc.struct('P', {}, () => doc.font('Helvetica').fontSize(11).fillColor(INK).text(block.text, { align: 'left' })));
      return;
    case 'list': {
      const list = doc.struct('L');
      parent.add(list);
      for (const item of block.items) {
        list.add(doc.struct('LI', {}, () => doc.font('Helvetica').fontSize(11).fillColor(INK).text(`•  ${item}`, { indent: 8 })));
      }
      list.end();
      return;
    }
    case 'table':
      drawTable(doc, parent, block.caption, block.table);
      return;
    case 'lineChart':
    case 'barChart':
      drawChart(doc, parent, block);
      return;
  }
}

function drawTable(doc: Pdf, parent: Structure, caption: string, table: { columns: string[]; rows: string[][] }): void {
  const width = doc.page.width - 2 * MARGIN;
  const columnWidth = width / Math.max(table.columns.length, 1);
  const element = doc.struct('Table');
  parent.add(element);
  keepTogether(doc, 40);
  element.add(doc.struct('Caption', {}, () => doc.font('Helvetica-Oblique').fontSize(10).fillColor(MUTED).text(caption)));
  const drawRow = (cells: string[], header: boolean) => {
    const rowHeight = Math.max(...cells.map((cell) => doc.fontSize(9).heightOfString(cell, { width: columnWidth - 6 }))) + 6;
    keepTogether(doc, rowHeight);
    const top = doc.y;
    const row = doc.struct('TR');
    element.add(row);
    cells.forEach((cell, index) => {
      row.add(
        doc.struct(header ? 'TH' : 'TD', {}, () =>
          doc
            .font(header ? 'Helvetica-Bold' : 'Helvetica')
            .fontSize(9)
            .fillColor(INK)
            .text(cell, MARGIN + index * columnWidth + 3, top + 3, { width: columnWidth - 6 }),
        ),
      );
    });
    row.end();
    doc.markContent('Artifact', { type: 'Layout' });
    doc
      .moveTo(MARGIN, top + rowHeight)
      .lineTo(MARGIN + width, top + rowHeight)
      .lineWidth(header ? 1 : 0.5)
      .strokeColor(header ? INK : '#bbbbbb')
      .stroke();
    doc.endMarkedContent();
    doc.x = MARGIN;
    doc.y = top + rowHeight;
  };
  drawRow(table.columns, true);
  for (const cells of table.rows) drawRow(cells, false);
  element.end();
}

/** A line or grouped-bar chart as a figure whose alternative text points at the table that follows. */
function drawChart(doc: Pdf, parent: Structure, block: Extract<StoryBlock, { kind: 'lineChart' | 'barChart' }>): void {
  keepTogether(doc, CHART_HEIGHT + 60);
  parent.add(doc.struct('P', {}, () => doc.font('Helvetica-Bold').fontSize(10).fillColor(INK).text(block.caption)));
  const left = MARGIN + 30;
  const top = doc.y + 8;
  const width = doc.page.width - 2 * MARGIN - 30;
  const values = block.series.flatMap((s) => s.values);
  const max = block.kind === 'barChart' ? block.max : niceCeiling(Math.max(1, ...values));
  const yOf = (value: number) => top + CHART_HEIGHT - (value / max) * CHART_HEIGHT;
  const alt = `${block.caption}: ${block.series.map((s) => s.name).join(', ')}.`;
  parent.add(
    doc.struct('Figure', { alt }, () => {
      doc.lineWidth(0.5).strokeColor('#999999');
      for (const tick of ticks(max)) {
        const y = yOf(tick);
        doc
          .moveTo(left, y)
          .lineTo(left + width, y)
          .stroke();
        doc
          .font('Helvetica')
          .fontSize(7)
          .fillColor(MUTED)
          .text(formatTick(tick), MARGIN - 4, y - 3, { width: 30, align: 'right' });
      }
      const slot = width / Math.max(block.labels.length, 1);
      block.labels.forEach((label, index) => {
        doc
          .fontSize(7)
          .fillColor(MUTED)
          .text(label, left + index * slot, top + CHART_HEIGHT + 4, { width: slot, align: 'center' });
      });
      if (block.kind === 'lineChart') drawLines(doc, block.series, left, slot, yOf);
      else drawBars(doc, block.series, left, slot, yOf, top + CHART_HEIGHT);
      drawLegend(doc, block.series, left, top + CHART_HEIGHT + 18);
    }),
  );
  doc.x = MARGIN;
  doc.y = top + CHART_HEIGHT + 36;
  drawTable(doc, parent, block.caption, block.table);
}

function drawLines(doc: Pdf, series: { values: number[] }[], left: number, slot: number, yOf: (v: number) => number): void {
  series.forEach((line, index) => {
    const colour = SERIES_COLOURS[index % SERIES_COLOURS.length]!;
    doc.lineWidth(1.8).strokeColor(colour).fillColor(colour);
    line.values.forEach((value, i) => {
      const x = left + slot * (i + 0.5);
      if (i === 0) doc.moveTo(x, yOf(value));
      else doc.lineTo(x, yOf(value));
    });
    doc.stroke();
    line.values.forEach((value, i) => doc.circle(left + slot * (i + 0.5), yOf(value), 2).fill());
  });
}

function drawBars(doc: Pdf, series: { values: number[] }[], left: number, slot: number, yOf: (v: number) => number, bottom: number): void {
  const barWidth = (slot * 0.8) / Math.max(series.length, 1);
  series.forEach((bars, index) => {
    doc.fillColor(SERIES_COLOURS[index % SERIES_COLOURS.length]!);
    bars.values.forEach((value, i) => {
      const x = left + slot * i + slot * 0.1 + barWidth * index;
      doc.rect(x, yOf(value), barWidth - 1, bottom - yOf(value)).fill();
    });
  });
}

function drawLegend(doc: Pdf, series: { name: string }[], left: number, top: number): void {
  let x = left;
  series.forEach((entry, index) => {
    doc
      .fillColor(SERIES_COLOURS[index % SERIES_COLOURS.length]!)
      .rect(x, top + 1, 8, 8)
      .fill();
    doc
      .font('Helvetica')
      .fontSize(8)
      .fillColor(INK)
      .text(entry.name, x + 11, top, { lineBreak: false });
    x += 11 + doc.widthOfString(entry.name) + 14;
  });
}

function formatTick(value: number): string {
  return Number.isInteger(value) ? String(value) : value.toFixed(1);
}
