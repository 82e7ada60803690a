/**
 * An answer already written as JSON (see src/db/json-record.ts): the route sends its text as
 * it is, where any other result is serialised with `JSON.stringify`.
 */
export class JsonText {
  constructor(readonly text: string) {}
}
