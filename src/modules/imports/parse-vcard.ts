import ICAL from 'ical.js';
import { lineFinder, withoutBom, type ImportProblem, type ImportRecord, type ParsedFile } from './import-file.ts';
import { fromVcard21, isVcard21 } from './vcard-21.ts';

/** Each BEGIN:VCARD … END:VCARD of an address book, with the line it begins on. */
function cards(text: string): { line: number; text: string }[] {
  const lineOf = lineFinder(text);
  const found: { line: number; text: string }[] = [];
  const pattern = /^BEGIN:VCARD\b[\s\S]*?^END:VCARD\b.*$/gim;
  for (let match = pattern.exec(text); match !== null; match = pattern.exec(text)) {
    found.push({ line: lineOf(match.index), text: match[0] });
  }
  return found;
}

type Property = ReturnType<ICAL.Component['getAllProperties']>[number];

/** Of several e-mail addresses or phone numbers, the one marked as work (or preferred), else the first. */
function preferred(properties: Property[]): string | undefined {
  const typeOf = (property: Property) => [property.getParameter('type') ?? []].flat().join(',').toLowerCase();
  const best = properties.find((p) => /work|pref/.test(typeOf(p))) ?? properties[0];
  const value = best?.getFirstValue();
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
}

const text = (value: unknown): string | undefined => (typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined);

/** Reads an address book in vCard (2.1, 3.0 or 4.0): one person per card. */
export function parseVcard(content: string): ParsedFile {
  const problems: ImportProblem[] = [];
  const records: ImportRecord[] = [];
  const found = cards(withoutBom(content));
  if (found.length === 0) return { records, ignoredColumns: [], problems: [{ code: 'empty', detail: 'The file holds no BEGIN:VCARD.' }] };
  for (const card of found) {
    let component: ICAL.Component;
    try {
      const text = isVcard21(card.text) ? fromVcard21(card.text) : card.text;
      component = new ICAL.Component(ICAL.parse(text) as unknown as ICAL.Component['jCal']);
    } catch (error) {
      problems.push({ line: card.line, code: 'unparsable', detail: `This card cannot be read: ${(error as Error).message}` });
      continue;
    }
    const structured = component.getFirstPropertyValue('n');
    const [familyName, givenName, additional] = Array.isArray(structured) ? structured.map(text) : [];
    const organisation = component.getFirstPropertyValue('org');
    records.push({
      line: card.line,
      values: {
        name: text(component.getFirstPropertyValue('fn')),
        givenName,
        infix: additional,
        familyName,
        jobTitle: text(component.getFirstPropertyValue('title')),
        email: preferred(component.getAllProperties('email')),
        phone: preferred(component.getAllProperties('tel')),
        organisation: text(Array.isArray(organisation) ? organisation[0] : organisation),
        role: text(component.getFirstPropertyValue('role')),
        tags: component.getAllProperties('categories').flatMap((p) =>
          p
            .getValues()
            .map(text)
            .filter((t) => t !== undefined),
        ),
      },
    });
  }
  return { records, ignoredColumns: [], problems };
}
