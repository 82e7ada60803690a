import { metricNames, type MetricName, type MetricRecord } from '../api/types.ts';
import { assignColours, otherColour, palette } from './colours.ts';
import type { NetworkGraph } from './build-graph.ts';

export { metricNames, type MetricName };

/** What the size of a node stands for: its number of relations in the picture, or a network metric. */
export type SizeBy = 'degree' | MetricName;
/** What the colour stands for, beyond organisation and kind: the community, or a metric on a sequential scale. */
export type ColourEncoding = 'community' | MetricName;

export type NodeMetrics = Pick<MetricRecord, MetricName | 'community'>;

export const isMetricName = (value: string): value is MetricName => (metricNames as readonly string[]).includes(value);

/** The legend of an encoded picture: communities by colour, or a metric from light (low) to dark (high). */
export type EncodingLegend =
  | { type: 'community'; entries: Array<{ community: number | null; colour: string }> }
  | { type: 'metric'; metric: MetricName; min: number; max: number; steps: string[] };

// A single-hue blue scale, light to dark; its darkest steps keep 3:1 contrast with white.
const LOW: readonly [number, number, number] = [198, 219, 239];
const HIGH: readonly [number, number, number] = [8, 48, 107];

/** The colour for a share 0–1 of a sequential scale, light (low) to dark (high). */
export function sequentialColour(share: number): string {
  const s = Math.min(1, Math.max(0, share));
  const channel = (i: 0 | 1 | 2) =>
    Math.round(LOW[i] + (HIGH[i] - LOW[i]) * s)
      .toString(16)
      .padStart(2, '0');
  return `#${channel(0)}${channel(1)}${channel(2)}`;
}

/** The lowest and highest known value, and a value's share of that range (0 when all are equal). */
export function metricRange(values: Array<number | null | undefined>) {
  const known = values.filter((v): v is number => typeof v === 'number' && Number.isFinite(v));
  const min = known.length ? Math.min(...known) : 0;
  const max = known.length ? Math.max(...known) : 0;
  return { min, max, share: (v: number) => (max > min ? (v - min) / (max - min) : 0) };
}

/** Node size for a share 0–1 of a metric's range, between the smallest and largest size of the degree sizes. */
export const sizeForShare = (share: number) => 4 + 24 * Math.sqrt(share);

/**
 * Re-sizes and re-colours the nodes of a built picture by metric or community. Nodes without
 * metrics (not analysed yet) get the smallest size and the "other" colour. Returns the
 * legend for the colour, or null when the colour is left as built.
 */
export function applyEncoding(
  graph: NetworkGraph,
  metrics: ReadonlyMap<string, NodeMetrics>,
  encoding: { size: SizeBy; colour: ColourEncoding | null },
): EncodingLegend | null {
  const ids = graph.nodes();
  if (encoding.size !== 'degree') {
    const metric = encoding.size;
    const range = metricRange(ids.map((id) => metrics.get(id)?.[metric]));
    for (const id of ids) {
      const v = metrics.get(id)?.[metric];
      graph.setNodeAttribute(id, 'size', typeof v === 'number' ? sizeForShare(range.share(v)) : sizeForShare(0));
    }
  }
  if (encoding.colour === 'community') {
    const communityOf = (id: string) => metrics.get(id)?.community ?? null;
    const colours = assignColours(ids.map((id) => (communityOf(id) === null ? null : String(communityOf(id)))));
    for (const id of ids) {
      const c = communityOf(id);
      graph.setNodeAttribute(id, 'color', (c !== null && colours.get(String(c))) || otherColour);
    }
    const entries = [...colours.entries()]
      .filter(([, colour]) => colour !== otherColour)
      .map(([c, colour]) => ({ community: Number(c), colour }));
    const rest = colours.size > palette.length || ids.some((id) => communityOf(id) === null);
    return { type: 'community', entries: rest ? [...entries, { community: null, colour: otherColour }] : entries };
  }
  if (encoding.colour) {
    const metric = encoding.colour;
    const range = metricRange(ids.map((id) => metrics.get(id)?.[metric]));
    for (const id of ids) {
      const v = metrics.get(id)?.[metric];
      graph.setNodeAttribute(id, 'color', typeof v === 'number' ? sequentialColour(range.share(v)) : otherColour);
    }
    return { type: 'metric', metric, min: range.min, max: range.max, steps: [0, 0.25, 0.5, 0.75, 1].map(sequentialColour) };
  }
  return null;
}
