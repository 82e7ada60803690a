import { describe, expect, it } from 'vitest';
import { JsonText } from './json-text.ts';

describe('JsonText.concat', () => {
  it('writes the parts one after another as UTF-8, counting bytes rather than characters', () => {
    const parts = ['{"data":[', '{"name":"José Ørsted"}', ',', '{"name":"Zoë 🌍"}', '],"links":{}}'];
    const text = JsonText.concat(parts);
    expect(text.bytes.equals(Buffer.from(parts.join(''), 'utf8'))).toBe(true);
    expect(JSON.parse(text.bytes.toString('utf8'))).toEqual({ data: [{ name: 'José Ørsted' }, { name: 'Zoë 🌍' }], links: {} });
  });

  it('makes an empty buffer of no parts', () => {
    expect(JsonText.concat([]).bytes.length).toBe(0);
  });
});
