import type { ImportFormat } from '../../api/imports.ts';

/**
 * The text of a chosen file: UTF-8 when the bytes are valid UTF-8, otherwise Windows-1252,
 * the code page Dutch Excel uses when it saves "CSV (gescheiden door lijstscheidingsteken)".
 */
export function decodeFileBytes(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('windows-1252').decode(bytes);
  }
}

/** An address book (vCard) by its file name or its first line; anything else is read as CSV. */
export function importFormatOf(fileName: string, text: string): ImportFormat {
  if (/\.(vcf|vcard)$/i.test(fileName.trim())) return 'vcard';
  return /^begin:vcard/i.test(text.trim()) ? 'vcard' : 'csv';
}
