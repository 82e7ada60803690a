import { describe, expect, it } from 'vitest';
import type { Paths } from '../../api/types.ts';
import { layoutPaths, lineWidth } from './path-layout.ts';

type Path = Paths['paths'][number];
const node = (id: string) => ({ id, kind: 'person' as const, name: id.toUpperCase() });
const hop = (from: string, to: string, strength: number | null) => ({
  from,
  to,
  via: 'knows',
  kind: 'relation' as const,
  strength,
  since: null,
  lastInteraction: null,
  relationId: null,
  organisationId: null,
  withDirection: true,
  length: 1,
});
const path = (ids: string[], strengths: (number | null)[]): Path => ({
  length: ids.length - 1,
  nodes: ids.map(node),
  hops: strengths.map((s, i) => hop(ids[i] ?? '', ids[i + 1] ?? '', s)),
});

const options = { columnWidth: 100, rowHeight: 50, margin: 10, sideMargin: 20 };

describe('layoutPaths', () => {
  it('puts each step in its own column and the target in the last one', () => {
    const picture = layoutPaths([path(['me', 'b', 't'], [4, 2]), path(['me', 't'], [1])], options);
    expect(picture.columns).toBe(3);
    const target = picture.nodes.filter((n) => n.id === 't');
    expect(target).toHaveLength(1);
    expect(target[0]).toMatchObject({ column: 2, x: 220 });
    expect(picture.nodes.find((n) => n.id === 'me')).toMatchObject({ column: 0, x: 20 });
    expect(picture.width).toBe(240);
  });

  it('draws a person shared by two paths at the same step once and centres each column', () => {
    const picture = layoutPaths([path(['me', 'b', 'c', 't'], [3, 3, 3]), path(['me', 'b', 'd', 't'], [3, 3, 3])], options);
    expect(picture.nodes.filter((n) => n.id === 'b')).toHaveLength(1);
    expect(picture.height).toBe(70);
    const b = picture.nodes.find((n) => n.id === 'b');
    expect(b?.y).toBe(35);
    const cd = picture.nodes.filter((n) => n.column === 2).map((n) => n.y);
    expect(cd).toEqual([10, 60]);
    // me→b is shared; b→c, b→d, c→t, d→t are not.
    expect(picture.lines).toHaveLength(5);
  });

  it('makes stronger ties thicker lines', () => {
    const picture = layoutPaths([path(['me', 'b', 't'], [5, null])], options);
    expect(picture.lines.map((l) => l.width)).toEqual([lineWidth(5), lineWidth(null)]);
    expect(lineWidth(5)).toBeGreaterThan(lineWidth(1));
    expect(lineWidth(1)).toBeGreaterThan(lineWidth(null));
  });

  it('copes with no paths', () => {
    expect(layoutPaths([], options)).toMatchObject({ nodes: [], lines: [], columns: 2 });
  });
});
