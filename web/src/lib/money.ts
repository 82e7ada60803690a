/**
 * Reads an amount in euros as typed in Dutch or English ("€ 12.500,50", "12500.50", "12,500.50")
 * into whole cents; null for an empty field, NaN for text that is not an amount.
 */
export function parseEuros(text: string): number | null {
  const raw = text.replace(/[€\s]/g, '');
  if (raw === '') return null;
  const lastComma = raw.lastIndexOf(',');
  const lastDot = raw.lastIndexOf('.');
  // The separator that comes last, followed by one or two digits, is the decimal one.
  const decimalAt = Math.max(lastComma, lastDot);
  const hasDecimals = decimalAt >= 0 && raw.length - decimalAt - 1 <= 2;
  const whole = (hasDecimals ? raw.slice(0, decimalAt) : raw).replace(/[.,]/g, '');
  const fraction = hasDecimals ? raw.slice(decimalAt + 1).padEnd(2, '0') : '00';
  if (!/^\d+$/.test(whole) || !/^\d{2}$/.test(fraction)) return Number.NaN;
  return Number(whole) * 100 + Number(fraction);
}

/** Whole cents as the text of an amount field, e.g. 1250050 → "12500,50" (Dutch) or "12500.50". */
export function centsToText(cents: number | null, locale: string): string {
  if (cents === null) return '';
  const text = (cents / 100).toFixed(2);
  return locale.startsWith('nl') ? text.replace('.', ',') : text;
}
