/**
 * Geometry of the power/interest grid (Mendelow, 1991): interest runs left to right, power
 * bottom to top, and stakeholders who share a cell are spread over it instead of hiding each
 * other. Pure, so it can be tested.
 */
import type { Point } from './radar-geometry.ts';

export interface GridFrame {
  /** The plot area inside the axes. */
  left: number;
  top: number;
  width: number;
  height: number;
  /** The scale of both power and interest, e.g. 1 to 5. */
  min: number;
  max: number;
}

/** The centre of the cell for a (power, interest) pair. */
export function cellCentre(frame: GridFrame, power: number, interest: number): Point {
  const steps = frame.max - frame.min + 1;
  const cellW = frame.width / steps;
  const cellH = frame.height / steps;
  const col = clamp(interest, frame.min, frame.max) - frame.min;
  const row = frame.max - clamp(power, frame.min, frame.max);
  return { x: frame.left + cellW * (col + 0.5), y: frame.top + cellH * (row + 0.5) };
}

/**
 * Positions for every stakeholder: those in the same cell are laid out on a small square
 * grid around the cell's centre, in the order given, spaced `spacing` apart.
 */
export function placeStakeholders<T extends { power: number; interest: number }>(
  frame: GridFrame,
  items: readonly T[],
  spacing = 18,
): Array<T & Point> {
  const byCell = new Map<string, T[]>();
  for (const item of items) {
    const key = `${clamp(item.power, frame.min, frame.max)}:${clamp(item.interest, frame.min, frame.max)}`;
    byCell.set(key, [...(byCell.get(key) ?? []), item]);
  }
  const placed: Array<T & Point> = [];
  for (const group of byCell.values()) {
    const first = group[0];
    if (!first) continue;
    const centre = cellCentre(frame, first.power, first.interest);
    const side = Math.ceil(Math.sqrt(group.length));
    const rows = Math.ceil(group.length / side);
    group.forEach((item, i) => {
      const col = i % side;
      const row = Math.floor(i / side);
      placed.push({
        ...item,
        x: centre.x + (col - (side - 1) / 2) * spacing,
        y: centre.y + (row - (rows - 1) / 2) * spacing,
      });
    });
  }
  return placed;
}

export type Quadrant = 'manage_closely' | 'keep_satisfied' | 'keep_informed' | 'monitor';

/** The quadrant of a (power, interest) pair: above the midpoint of the scale counts as high. */
export function quadrantOf(power: number, interest: number, min: number, max: number): Quadrant {
  const mid = (min + max) / 2;
  const highPower = power > mid;
  const highInterest = interest > mid;
  if (highPower) return highInterest ? 'manage_closely' : 'keep_satisfied';
  return highInterest ? 'keep_informed' : 'monitor';
}

/** The four quadrants as rectangles of the plot area, split at the midpoint of the scale. */
export function quadrantRects(frame: GridFrame): Array<{ quadrant: Quadrant; x: number; y: number; width: number; height: number }> {
  const halfW = frame.width / 2;
  const halfH = frame.height / 2;
  return [
    { quadrant: 'keep_satisfied', x: frame.left, y: frame.top, width: halfW, height: halfH },
    { quadrant: 'manage_closely', x: frame.left + halfW, y: frame.top, width: halfW, height: halfH },
    { quadrant: 'monitor', x: frame.left, y: frame.top + halfH, width: halfW, height: halfH },
    { quadrant: 'keep_informed', x: frame.left + halfW, y: frame.top + halfH, width: halfW, height: halfH },
  ];
}

const clamp = (v: number, min: number, max: number) => Math.min(max, Math.max(min, Math.round(v)));
