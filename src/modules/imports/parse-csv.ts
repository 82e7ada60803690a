import Papa from 'papaparse';
import { fieldOfHeading, splitTags, type ImportField } from './import-fields.ts';
import { lineFinder, withoutBom, type ImportProblem, type ImportRecord, type ParsedFile } from './import-file.ts';

/**
 * Reads a spreadsheet saved as CSV: a heading row, then one person per row. The separator is
 * detected (Dutch Excel writes semicolons); quoted fields may span lines, so each record
 * keeps the line it begins on.
 */
export function parseCsv(content: string): ParsedFile {
  const text = withoutBom(content);
  const lineOf = lineFinder(text);
  const problems: ImportProblem[] = [];
  const rows: { line: number; cells: string[] }[] = [];
  // Excel may name the separator on a first line of its own: "sep=;".
  const named = /^sep=(.)[^\S\n]*\r?\n/i.exec(text);
  let offset = named?.[0].length ?? 0;
  Papa.parse<string[]>(text.slice(offset), {
    delimiter: named?.[1] ?? '',
    delimitersToGuess: [';', ',', '\t', '|'],
    skipEmptyLines: 'greedy',
    step: (result) => {
      const end = (named?.[0].length ?? 0) + result.meta.cursor;
      const start = offset + (/^\s*/.exec(text.slice(offset, end))?.[0].length ?? 0);
      const line = lineOf(start);
      offset = end;
      // A file of one column has no separator to detect; that is no problem.
      for (const error of result.errors)
        if (error.type !== 'Delimiter') problems.push({ line, code: 'unparsable', detail: `${error.message}.` });
      rows.push({ line, cells: result.data });
    },
  });
  const [heading, ...body] = rows;
  if (heading === undefined) return { records: [], ignoredColumns: [], problems: [{ code: 'empty', detail: 'The file holds no rows.' }] };

  const columns = heading.cells.map((cell) => fieldOfHeading(cell));
  const ignoredColumns = heading.cells.filter((cell, index) => columns[index] === undefined && cell.trim() !== '');
  const present = new Set(columns.filter((field) => field !== undefined));
  if (!present.has('name') && !present.has('givenName') && !present.has('familyName')) {
    problems.push({
      line: heading.line,
      code: 'no_name_column',
      detail: 'The first row must name the columns, one of them the name (e.g. "Naam", or "Voornaam" and "Achternaam").',
    });
    return { records: [], ignoredColumns, problems };
  }
  const records = body.map(({ line, cells }) => recordOf(line, cells, columns));
  return { records, ignoredColumns, problems };
}

function recordOf(line: number, cells: string[], columns: (ImportField | undefined)[]): ImportRecord {
  const values: ImportRecord['values'] = {};
  cells.forEach((cell, index) => {
    const field = columns[index];
    // Every field taken is one line: a line break in a cell was typed by accident.
    const value = cell.replace(/\s+/g, ' ').trim();
    if (field === undefined || value === '') return;
    if (field === 'tags') values.tags = [...(values.tags ?? []), ...splitTags(value)];
    // A second column for the same field (a second phone number) does not overwrite the first.
    else values[field] ??= value;
  });
  return { line, values };
}
