import type { Paths } from '../../api/types.ts';
import type { NodeRef } from './hop-words.ts';

type Path = Paths['paths'][number];

export interface PlacedNode extends NodeRef {
  key: string;
  column: number;
  x: number;
  y: number;
}

export interface PlacedLine {
  key: string;
  x1: number;
  y1: number;
  x2: number;
  y2: number;
  /** Stroke width: thicker for stronger ties. */
  width: number;
  strength: number | null;
}

export interface PathPicture {
  width: number;
  height: number;
  columns: number;
  nodes: PlacedNode[];
  lines: PlacedLine[];
}

// Room at the sides for the names of the start and the target, which are centred on their node.
export const PICTURE_DEFAULTS = { columnWidth: 190, rowHeight: 64, margin: 40, sideMargin: 110 };

/** Line width for a tie of strength 1–5; ties without a strength get a thin line. */
export const lineWidth = (strength: number | null) => (strength === null ? 1.5 : 1 + strength);

/**
 * Lays out the paths from one node to another: one column per step, the start on the left
 * and the target always in the last column, so every path ends at the same place. A person
 * who is on several paths at the same step is drawn once.
 */
export function layoutPaths(paths: Path[], options = PICTURE_DEFAULTS): PathPicture {
  const steps = Math.max(1, ...paths.map((p) => p.nodes.length - 1));
  const columns: NodeRef[][] = Array.from({ length: steps + 1 }, () => []);
  const keyOf = (path: Path, i: number) => {
    const column = i === path.nodes.length - 1 ? steps : i;
    return { column, key: `${column}:${path.nodes[i]?.id}` };
  };
  const seen = new Set<string>();
  for (const path of paths) {
    path.nodes.forEach((node, i) => {
      const { column, key } = keyOf(path, i);
      if (seen.has(key)) return;
      seen.add(key);
      columns[column]?.push(node);
    });
  }
  const rows = Math.max(1, ...columns.map((c) => c.length));
  const height = options.margin * 2 + (rows - 1) * options.rowHeight;
  const width = options.sideMargin * 2 + steps * options.columnWidth;
  const placed = new Map<string, PlacedNode>();
  columns.forEach((nodes, column) => {
    const top = (height - (nodes.length - 1) * options.rowHeight) / 2;
    nodes.forEach((node, row) => {
      const key = `${column}:${node.id}`;
      placed.set(key, { ...node, key, column, x: options.sideMargin + column * options.columnWidth, y: top + row * options.rowHeight });
    });
  });
  const lines = new Map<string, PlacedLine>();
  for (const path of paths) {
    path.hops.forEach((hop, i) => {
      const a = placed.get(keyOf(path, i).key);
      const b = placed.get(keyOf(path, i + 1).key);
      if (!a || !b) return;
      const key = `${a.key}>${b.key}`;
      if (lines.has(key)) return;
      lines.set(key, { key, x1: a.x, y1: a.y, x2: b.x, y2: b.y, width: lineWidth(hop.strength), strength: hop.strength });
    });
  }
  return { width, height, columns: steps + 1, nodes: [...placed.values()], lines: [...lines.values()] };
}
