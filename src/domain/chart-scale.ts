/** The value axis of the story's charts, from 0 to a round maximum: one geometry for the web page and the PDF. */

/** The smallest 1, 2 or 5 × 10^k times four at or above the value, so four even steps have round labels. */
export function niceCeiling(value: number): number {
  if (!(value > 0)) return 4;
  const step = value / 4;
  const power = 10 ** Math.floor(Math.log10(step));
  return [1, 2, 5, 10].find((factor) => factor * power >= step)! * power * 4;
}

/** The tick values of an axis from 0 to max: every whole number up to 5, otherwise five even steps. */
export function ticks(max: number): number[] {
  if (Number.isInteger(max) && max <= 5) return Array.from({ length: max + 1 }, (_, i) => i);
  return [0, 1, 2, 3, 4].map((i) => (max * i) / 4);
}

/** Maps a value to a y coordinate in a plot of the given height (0 at the bottom). */
export function yScale(max: number, height: number): (value: number) => number {
  return (value) => height - (Math.min(Math.max(value, 0), max) / max) * height;
}
