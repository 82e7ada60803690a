import { describe, expect, it } from 'vitest';
import { decodeFileBytes, importFormatOf } from './import-file.ts';

describe('decodeFileBytes', () => {
  it('reads UTF-8, without the byte-order mark spreadsheets write', () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('Naam;Functie\nAnnelië Voorbeeld;Adviseur')]);
    expect(decodeFileBytes(bytes)).toBe('Naam;Functie\nAnnelië Voorbeeld;Adviseur');
  });

  it('falls back to Windows-1252 for bytes that are not UTF-8, as Dutch Excel saves CSV', () => {
    // "Anneliës Hénon" in Windows-1252: ë is 0xEB, é 0xE9. (Node decodes 0x80–0x9F as Latin-1,
    // browsers as Windows-1252, so the euro sign and the dashes are left out of this test.)
    const bytes = new Uint8Array([0x41, 0x6e, 0x6e, 0x65, 0x6c, 0x69, 0xeb, 0x73, 0x20, 0x48, 0xe9, 0x6e, 0x6f, 0x6e]);
    expect(decodeFileBytes(bytes)).toBe('Anneliës Hénon');
  });
});

describe('importFormatOf', () => {
  it('takes .vcf and .vcard files as address books, whatever the case', () => {
    expect(importFormatOf('contacten.VCF', '')).toBe('vcard');
    expect(importFormatOf('contacts.vcard', 'Naam\n')).toBe('vcard');
  });

  it('recognises a vCard by its first line when the name does not say', () => {
    expect(importFormatOf('export.txt', '\n  begin:VCARD\r\nVERSION:3.0')).toBe('vcard');
  });

  it('reads everything else as CSV', () => {
    expect(importFormatOf('personen.csv', 'Naam;E-mail\n')).toBe('csv');
    expect(importFormatOf('vcf-lijst.csv', 'Naam,BEGIN:VCARD')).toBe('csv');
  });
});
