/** Empty optional inputs are sent as null, so the API clears the value instead of rejecting an empty date. */
export const orNull = (value: string): string | null => (value.trim() === '' ? null : value.trim());

/** Splits "a, b ,c" into ["a", "b", "c"], dropping empties and duplicates. */
export function splitTags(value: string): string[] {
  return [
    ...new Set(
      value
        .split(',')
        .map((t) => t.trim())
        .filter(Boolean),
    ),
  ];
}
