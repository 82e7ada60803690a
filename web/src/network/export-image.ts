import type Sigma from 'sigma';
import type { EdgeAttributes, NodeAttributes } from './build-graph.ts';

const escapeXml = (s: string) => s.replace(/[<>&"']/g, (c) => `&#${c.charCodeAt(0)};`);

/**
 * The current view as a standalone SVG: the same nodes, edges and positions as on screen,
 * drawn from the graph rather than read back from WebGL, so it also works where the GPU
 * buffer cannot be read.
 */
export function viewToSvg(renderer: Sigma<NodeAttributes, EdgeAttributes>, title: string): string {
  const graph = renderer.getGraph();
  const { width, height } = renderer.getDimensions();
  const point = (id: string) => {
    const display = renderer.getNodeDisplayData(id);
    return display ? renderer.framedGraphToViewport(display) : { x: 0, y: 0 };
  };
  // The same label rule as on screen: only nodes drawn large enough get their name.
  const labelThreshold = renderer.getSetting('labelRenderedSizeThreshold') ?? 9;
  const lines: string[] = [];
  graph.forEachEdge((_edge, attrs, source, target) => {
    const a = point(source);
    const b = point(target);
    lines.push(
      `<line x1="${a.x.toFixed(1)}" y1="${a.y.toFixed(1)}" x2="${b.x.toFixed(1)}" y2="${b.y.toFixed(1)}" stroke="${attrs.color}" stroke-width="${attrs.size.toFixed(1)}"/>`,
    );
  });
  const circles: string[] = [];
  const candidates: Array<{ x: number; y: number; r: number; size: number; label: string }> = [];
  graph.forEachNode((id, attrs) => {
    const p = point(id);
    if (p.x < -50 || p.y < -50 || p.x > width + 50 || p.y > height + 50) return;
    const display = renderer.getNodeDisplayData(id);
    const size = renderer.scaleSize(display?.size ?? attrs.size);
    const r = Math.max(1.5, size);
    circles.push(
      `<circle cx="${p.x.toFixed(1)}" cy="${p.y.toFixed(1)}" r="${r.toFixed(1)}" fill="${attrs.color}" stroke="#ffffff" stroke-width="0.75"><title>${escapeXml(attrs.label)}</title></circle>`,
    );
    if (size >= labelThreshold || display?.forceLabel) candidates.push({ x: p.x, y: p.y, r, size, label: attrs.label });
  });
  // Like sigma on screen, larger nodes get their label first and labels never overlap.
  const placed: Array<[number, number, number, number]> = [];
  const labels: string[] = [];
  for (const c of candidates.sort((a, b) => b.size - a.size)) {
    const box: [number, number, number, number] = [c.x + c.r + 3, c.y - 9, c.x + c.r + 3 + c.label.length * 6.6, c.y + 5];
    if (placed.some(([x1, y1, x2, y2]) => box[0] < x2 && box[2] > x1 && box[1] < y2 && box[3] > y1)) continue;
    placed.push(box);
    labels.push(`<text x="${box[0].toFixed(1)}" y="${(c.y + 4).toFixed(1)}">${escapeXml(c.label)}</text>`);
  }
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img" aria-label="${escapeXml(title)}">`,
    `<title>${escapeXml(title)}</title>`,
    `<rect width="100%" height="100%" fill="#ffffff"/>`,
    `<g>${lines.join('')}</g>`,
    `<g>${circles.join('')}</g>`,
    `<g font-family="Noto Sans, Arial, sans-serif" font-size="12" fill="#1f2937" stroke="#ffffff" stroke-width="3" paint-order="stroke">${labels.join('')}</g>`,
    `</svg>`,
  ].join('\n');
}

/** Rasterises an SVG string to a PNG blob at device pixel ratio (at least 2× for print). */
export async function svgToPng(svg: string, width: number, height: number): Promise<Blob> {
  const scale = Math.max(2, window.devicePixelRatio || 1);
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
  try {
    const image = new Image();
    image.decoding = 'async';
    image.src = url;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(width * scale);
    canvas.height = Math.round(height * scale);
    const context = canvas.getContext('2d');
    if (!context) throw new Error('network/export-image: no 2D canvas');
    context.scale(scale, scale);
    context.drawImage(image, 0, 0, width, height);
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('network/export-image: PNG encoding failed'))), 'image/png'),
    );
  } finally {
    URL.revokeObjectURL(url);
  }
}
