/**
 * An answer already written as JSON (see src/db/json-record.ts): the route sends its bytes as
 * they are, where any other result is serialised with `JSON.stringify`.
 */
export class JsonText {
  constructor(readonly bytes: Buffer) {}

  /**
   * JSON made of `parts` written one after another into one buffer. Joining them as text first
   * would copy a page three times more (the joined string, its flattening, its encoding when
   * sent), and on a page of 50 records that garbage was most of what a request allocated.
   */
  static concat(parts: readonly string[]): JsonText {
    let size = 0;
    for (const part of parts) size += Buffer.byteLength(part);
    const bytes = Buffer.allocUnsafe(size);
    let offset = 0;
    for (const part of parts) offset += bytes.write(part, offset);
    return new JsonText(bytes);
  }
}
