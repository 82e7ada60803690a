/**
 * The colours of the maturity heat map: a sequential blue scale, light for low and dark for
 * high, with the text colour that keeps a contrast of at least 4.5:1 on each. Every cell also
 * shows its score, so colour is never the only carrier of the value.
 */

/** Five steps from light to dark (ColorBrewer "Blues"). */
export const heatPalette = ['#eff3ff', '#bdd7e7', '#6baed6', '#2171b5', '#08306b'] as const;

/** The palette step of a score on the min…max scale; null for no score. */
export function heatStep(score: number | null, min: number, max: number): number | null {
  if (score === null) return null;
  const span = max - min;
  if (span <= 0) return heatPalette.length - 1;
  const share = Math.min(1, Math.max(0, (score - min) / span));
  return Math.round(share * (heatPalette.length - 1));
}

/** Background and text colour of a cell. */
export function heatColours(score: number | null, min: number, max: number): { background: string; color: string } | null {
  const step = heatStep(score, min, max);
  if (step === null) return null;
  return { background: heatPalette[step] ?? heatPalette[0], color: step >= 3 ? '#ffffff' : '#0b0c0c' };
}

/** Relative luminance of a #rrggbb colour (WCAG 2.1). */
export function luminance(hex: string): number {
  const channel = (i: number) => {
    const c = parseInt(hex.slice(1 + 2 * i, 3 + 2 * i), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(0) + 0.7152 * channel(1) + 0.0722 * channel(2);
}

/** The WCAG contrast ratio of two #rrggbb colours. */
export function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}
