import type { NodeRef } from './hop-words.ts';

/** A decision-maker's place in the circle: ring 1–3 by steps from you, 4 when not reached. */
export interface RingMember {
  node: NodeRef;
  ring: number;
}

export interface PlacedMember extends RingMember {
  x: number;
  y: number;
  /** Where the name goes, so labels point outwards and do not cover the rings' centre. */
  anchor: 'start' | 'end' | 'middle';
}

export interface RingPicture {
  size: number;
  centre: number;
  /** Radii of rings 1, 2, 3 and "not reached". */
  radii: number[];
  members: PlacedMember[];
}

export const NOT_REACHED = 4;
const RINGS = [1, 2, 3, NOT_REACHED];

/** The ring of each decision-maker: their number of steps (1–3), or "not reached" beyond that or when missed. */
export function ringMembers(reached: { node: NodeRef; steps: number }[], missed: NodeRef[]): RingMember[] {
  return [
    ...reached.map((r) => ({ node: r.node, ring: r.steps >= 1 && r.steps <= 3 ? r.steps : NOT_REACHED })),
    ...missed.map((node) => ({ node, ring: NOT_REACHED })),
  ].sort((a, b) => a.ring - b.ring || a.node.name.localeCompare(b.node.name));
}

/**
 * Concentric rings around you, each decision-maker spread evenly over their ring. Rings
 * turn by a different angle so that neighbours on adjacent rings do not line up.
 */
export function layoutRings(members: RingMember[], size = 560): RingPicture {
  const centre = size / 2;
  const step = (size / 2 - 40) / RINGS.length;
  const radii = RINGS.map((_, i) => step * (i + 1));
  const placed: PlacedMember[] = [];
  RINGS.forEach((ring, i) => {
    const onRing = members.filter((m) => m.ring === ring);
    const radius = step * (i + 1);
    onRing.forEach((m, j) => {
      const angle = -Math.PI / 2 + (i * Math.PI) / 7 + (2 * Math.PI * j) / onRing.length;
      const x = centre + radius * Math.cos(angle);
      const y = centre + radius * Math.sin(angle);
      const anchor = Math.abs(x - centre) < 1 ? 'middle' : x > centre ? 'start' : 'end';
      placed.push({ ...m, x: round(x), y: round(y), anchor });
    });
  });
  return { size, centre, radii, members: placed };
}

const round = (n: number) => Math.round(n * 10) / 10;

/** The share as a whole percentage in the given locale ("67%"); empty when there is no share. */
export function percent(share: number | null, locale: string): string {
  return share === null ? '' : new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 }).format(share);
}
