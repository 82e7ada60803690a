/** Messages between the page and the layout worker. */
export interface LayoutRequest {
  nodes: Array<{ id: string; x?: number; y?: number }>;
  edges: Array<{ from: string; to: string; weight: number }>;
  iterations: number;
}

export interface LayoutResult {
  positions: Record<string, [number, number]>;
  ms: number;
}

/** A stable pseudo-random start position from a node id, so the same data gives the same picture. */
export function seededPosition(id: string): [number, number] {
  let h = 2166136261;
  for (let i = 0; i < id.length; i++) {
    h ^= id.charCodeAt(i);
    h = Math.imul(h, 16777619);
  }
  const angle = (((h >>> 0) % 3600) / 3600) * Math.PI * 2;
  const radius = 10 + (((h >>> 12) % 1000) / 1000) * 90;
  return [Math.cos(angle) * radius, Math.sin(angle) * radius];
}

/** Fewer iterations for big graphs: Barnes–Hut keeps each one O(n log n), but the wait must stay short. */
export function iterationsFor(order: number): number {
  if (order > 5000) return 60;
  if (order > 1000) return 150;
  return 400;
}
