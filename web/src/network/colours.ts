/**
 * Colours for groups of nodes: a qualitative palette whose colours differ in lightness as
 * well as hue, all with at least 3:1 contrast against white (WCAG 1.4.11). Group identity is
 * never carried by colour alone: the legend, the panel and the list say it in words.
 */
export const palette = [
  '#1f5fa8',
  '#c2410c',
  '#047857',
  '#7c3aed',
  '#b91c1c',
  '#0e7490',
  '#a16207',
  '#be185d',
  '#4d7c0f',
  '#6d28d9',
  '#0f766e',
];
export const otherColour = '#6b7280';

/** Assigns palette colours to the most frequent groups; the rest share the "other" colour. */
export function assignColours(groups: Array<string | null>): Map<string, string> {
  const counts = new Map<string, number>();
  for (const g of groups) if (g) counts.set(g, (counts.get(g) ?? 0) + 1);
  const ranked = [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  const colours = new Map<string, string>();
  ranked.forEach(([g], i) => colours.set(g, palette[i] ?? otherColour));
  return colours;
}

/** Node size from its number of relations: grows with the square root so hubs do not swamp the picture. */
export function sizeForDegree(degree: number): number {
  return Math.min(28, 4 + Math.sqrt(degree) * 2.5);
}
