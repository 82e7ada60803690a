import { forwardRef, useEffect, useImperativeHandle, useRef } from 'react';
import Sigma from 'sigma';
import type { EdgeAttributes, NetworkGraph, NodeAttributes } from './build-graph.ts';

export interface NetworkCanvasHandle {
  focusNode: (id: string) => void;
  zoom: (direction: 'in' | 'out' | 'reset') => void;
  pan: (dx: number, dy: number) => void;
  renderer: () => Sigma<NodeAttributes, EdgeAttributes> | null;
}

interface NetworkCanvasProps {
  graph: NetworkGraph;
  selected: string | null;
  onHover: (id: string | null) => void;
  onSelect: (id: string | null) => void;
  label: string;
}

/**
 * The WebGL picture drawn by sigma. The selected node and its neighbours stay bright and the
 * rest fades, so a person's circle stands out. The canvas is an image for assistive technology
 * (role="img" with a label); the list beside it carries the same information in text.
 */
export const NetworkCanvas = forwardRef<NetworkCanvasHandle, NetworkCanvasProps>(function NetworkCanvas(
  { graph, selected, onHover, onSelect, label },
  ref,
) {
  const container = useRef<HTMLDivElement>(null);
  const sigma = useRef<Sigma<NodeAttributes, EdgeAttributes> | null>(null);
  const selectedRef = useRef(selected);
  const handlers = useRef({ onHover, onSelect });
  handlers.current = { onHover, onSelect };

  useEffect(() => {
    if (!container.current) return;
    const renderer = new Sigma<NodeAttributes, EdgeAttributes>(graph, container.current, {
      allowInvalidContainer: true,
      renderEdgeLabels: false,
      labelRenderedSizeThreshold: 9,
      labelFont: 'Noto Sans, Arial, sans-serif',
      zIndex: true,
      nodeReducer: (node, data) => {
        const focus = selectedRef.current;
        if (!focus || focus === node || graph.areNeighbors(focus, node)) {
          return focus === node ? { ...data, highlighted: true, zIndex: 2, forceLabel: true } : { ...data, zIndex: 1 };
        }
        return { ...data, color: '#d1d5db', label: '', zIndex: 0 };
      },
      edgeReducer: (edge, data) => {
        const focus = selectedRef.current;
        if (!focus) return data;
        const [a, b] = graph.extremities(edge);
        return a === focus || b === focus ? { ...data, color: '#374151', zIndex: 1 } : { ...data, hidden: true };
      },
    });
    renderer.on('enterNode', ({ node }) => handlers.current.onHover(node));
    renderer.on('leaveNode', () => handlers.current.onHover(null));
    renderer.on('clickNode', ({ node }) => handlers.current.onSelect(node));
    renderer.on('clickStage', () => handlers.current.onSelect(null));
    sigma.current = renderer;
    return () => {
      renderer.kill();
      sigma.current = null;
    };
  }, [graph]);

  useEffect(() => {
    selectedRef.current = selected;
    sigma.current?.refresh({ skipIndexation: true });
  }, [selected]);

  useImperativeHandle(ref, () => ({
    renderer: () => sigma.current,
    focusNode: (id) => {
      const renderer = sigma.current;
      const display = renderer?.getNodeDisplayData(id);
      if (!renderer || !display) return;
      void renderer.getCamera().animate({ x: display.x, y: display.y, ratio: 0.35 }, { duration: 400 });
    },
    zoom: (direction) => {
      const camera = sigma.current?.getCamera();
      if (!camera) return;
      if (direction === 'in') void camera.animatedZoom({ duration: 250 });
      else if (direction === 'out') void camera.animatedUnzoom({ duration: 250 });
      else void camera.animatedReset({ duration: 250 });
    },
    pan: (dx, dy) => {
      const camera = sigma.current?.getCamera();
      if (!camera) return;
      const state = camera.getState();
      void camera.animate({ x: state.x + dx * state.ratio, y: state.y + dy * state.ratio }, { duration: 200 });
    },
  }));

  return <div ref={container} className="kring-network__canvas" role="img" aria-label={label} data-testid="network-canvas" />;
});
