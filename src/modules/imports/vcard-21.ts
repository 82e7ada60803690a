/**
 * vCard 2.1, as Outlook still exports address books, in the form ical.js reads (3.0): bare
 * parameters (`TEL;WORK;VOICE`) become a TYPE parameter, and quoted-printable values (with
 * their soft line breaks and CHARSET) are decoded.
 */
export function fromVcard21(card: string): string {
  // Folded lines (continued after a space or tab) first, so every line is one property.
  const lines = card.replace(/\r?\n[ \t]/g, '').split(/\r?\n/);
  const out: string[] = [];
  for (let i = 0; i < lines.length; i += 1) {
    const line = lines[i]!;
    const colon = line.indexOf(':');
    if (colon < 0) {
      out.push(line);
      continue;
    }
    const [name, ...params] = line.slice(0, colon).split(';');
    let value = line.slice(colon + 1);
    const types: string[] = [];
    const kept: string[] = [];
    let quotedPrintable = false;
    let charset = 'utf-8';
    for (const param of params) {
      const [key, given] = param.includes('=')
        ? [param.slice(0, param.indexOf('=')).toUpperCase(), param.slice(param.indexOf('=') + 1)]
        : ['TYPE', param];
      if (key === 'ENCODING' && given.toUpperCase() === 'QUOTED-PRINTABLE') quotedPrintable = true;
      else if (key === 'CHARSET') charset = given;
      else if (key === 'TYPE') types.push(...given.split(','));
      else kept.push(param);
    }
    if (quotedPrintable) {
      // A value ending in "=" goes on on the next line.
      while (value.endsWith('=') && i + 1 < lines.length) value = value.slice(0, -1) + lines[++i];
      value = decodeQuotedPrintable(value, charset).replace(/\r?\n/g, '\\n');
    }
    out.push(`${[name, ...kept, ...(types.length > 0 ? [`TYPE=${types.join(',')}`] : [])].join(';')}:${value}`);
  }
  return out.join('\r\n');
}

/** A quoted-printable value's text: =XX bytes decoded in the value's character set (UTF-8 if unknown). */
function decodeQuotedPrintable(value: string, charset: string): string {
  const bytes: number[] = [];
  for (let i = 0; i < value.length; i += 1) {
    const hex = value[i] === '=' ? /^[0-9A-F]{2}$/i.exec(value.slice(i + 1, i + 3)) : null;
    if (hex) {
      bytes.push(parseInt(hex[0], 16));
      i += 2;
    } else {
      bytes.push(...Buffer.from(value[i]!));
    }
  }
  try {
    return new TextDecoder(charset).decode(Uint8Array.from(bytes));
  } catch {
    return new TextDecoder('utf-8').decode(Uint8Array.from(bytes));
  }
}

/** Whether a card says it is vCard 2.1. */
export const isVcard21 = (card: string): boolean => /^VERSION:2\.1\s*$/im.test(card);
