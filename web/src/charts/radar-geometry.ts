/**
 * Geometry of a radar (spider) chart: one axis per dimension, clockwise from the top, a value
 * mapped linearly from the centre (`min`) to the rim (`max`). Pure, so it can be tested.
 */

export interface Point {
  x: number;
  y: number;
}

export interface RadarFrame {
  /** Centre of the chart. */
  cx: number;
  cy: number;
  /** Distance from the centre to the rim. */
  radius: number;
  /** The value at the centre and at the rim, e.g. maturity levels 1 and 5. */
  min: number;
  max: number;
}

/** The angle of axis `i` of `n`, in radians, the first pointing straight up. */
export function axisAngle(i: number, n: number): number {
  return -Math.PI / 2 + (2 * Math.PI * i) / n;
}

/** The point on axis `i` of `n` at `value`; values outside min…max are clamped to the chart. */
export function radarPoint(frame: RadarFrame, i: number, n: number, value: number): Point {
  const span = frame.max - frame.min || 1;
  const share = Math.min(1, Math.max(0, (value - frame.min) / span));
  const angle = axisAngle(i, n);
  return { x: round(frame.cx + Math.cos(angle) * frame.radius * share), y: round(frame.cy + Math.sin(angle) * frame.radius * share) };
}

/** The polygon through one series' values, as an SVG `points` attribute; a missing value sits at the centre. */
export function radarPolygon(frame: RadarFrame, values: ReadonlyArray<number | null>): string {
  return values
    .map((v, i) => radarPoint(frame, i, values.length, v ?? frame.min))
    .map((p) => `${p.x},${p.y}`)
    .join(' ');
}

/** The rings for each whole level from min to max, each as a polygon through every axis. */
export function radarRings(frame: RadarFrame, n: number): Array<{ level: number; points: string }> {
  const rings = [];
  for (let level = Math.ceil(frame.min); level <= frame.max; level++) {
    rings.push({
      level,
      points: radarPolygon(
        frame,
        Array.from({ length: n }, () => level),
      ),
    });
  }
  return rings;
}

/** Where an axis label goes: just past the rim, anchored away from the centre so it never overlaps the chart. */
export function labelPlacement(frame: RadarFrame, i: number, n: number, offset = 14): Point & { anchor: 'start' | 'middle' | 'end' } {
  const angle = axisAngle(i, n);
  const x = frame.cx + Math.cos(angle) * (frame.radius + offset);
  const y = frame.cy + Math.sin(angle) * (frame.radius + offset);
  const horizontal = Math.cos(angle);
  const anchor = Math.abs(horizontal) < 0.2 ? 'middle' : horizontal > 0 ? 'start' : 'end';
  return { x: round(x), y: round(y), anchor };
}

const round = (v: number) => Math.round(v * 100) / 100;
