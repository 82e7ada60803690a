import { useEffect, useState } from 'react';
import { graphApi } from '../api/network.ts';
import { ApiError } from '../api/problem.ts';
import type { GraphData, GraphLayout } from '../api/types.ts';
import { iterationsFor } from './layout-protocol.ts';
import { runLayout } from './run-layout.ts';

export interface LayoutState {
  positions: Record<string, [number, number]> | null;
  source: 'saved' | 'computed' | null;
  ms: number;
  error: unknown;
}

/** Which stored layout a view uses: one for the whole workspace, one per centred person or organisation. */
export const layoutKey = (centre: string | undefined) => (centre ? `centre-${centre}` : 'workspace');

async function loadSaved(workspaceId: string, key: string): Promise<GraphLayout | null> {
  try {
    return await graphApi.layout(workspaceId, key);
  } catch (error) {
    if (error instanceof ApiError && error.status === 404) return null;
    throw error;
  }
}

/** Saves positions; a version mismatch (someone saved meanwhile) is retried once with the current version. */
async function save(workspaceId: string, key: string, positions: GraphLayout['positions'], version: number | undefined) {
  try {
    await graphApi.saveLayout(workspaceId, key, positions, version);
  } catch (error) {
    if (error instanceof ApiError && (error.status === 412 || error.status === 428)) {
      const current = await loadSaved(workspaceId, key);
      await graphApi.saveLayout(workspaceId, key, { ...current?.positions, ...positions }, current?.version);
    } else throw error;
  }
}

/**
 * Positions for the nodes of a view. A stored layout that covers every node is used as is,
 * so the picture looks the same on every visit; otherwise ForceAtlas2 runs in a worker,
 * starting from the stored positions, and the result is stored for next time.
 */
export function useNetworkLayout(workspaceId: string, key: string, data: GraphData | undefined): LayoutState {
  const [state, setState] = useState<LayoutState>({ positions: null, source: null, ms: 0, error: null });
  useEffect(() => {
    if (!data) return;
    const controller = new AbortController();
    setState({ positions: null, source: null, ms: 0, error: null });
    (async () => {
      const started = performance.now();
      const saved = await loadSaved(workspaceId, key);
      const known = saved?.positions ?? {};
      if (data.nodes.length > 0 && data.nodes.every((n) => known[n.id])) {
        setState({ positions: known, source: 'saved', ms: performance.now() - started, error: null });
        return;
      }
      const result = await runLayout(
        {
          nodes: data.nodes.map((n) => {
            const p = known[n.id];
            return p ? { id: n.id, x: p[0], y: p[1] } : { id: n.id };
          }),
          edges: data.edges.map((e) => ({ from: e.from, to: e.to, weight: e.strength })),
          iterations: iterationsFor(data.nodes.length),
        },
        controller.signal,
      );
      if (controller.signal.aborted) return;
      const merged = { ...known, ...result.positions };
      setState({ positions: merged, source: 'computed', ms: performance.now() - started, error: null });
      // Storing is a convenience: a viewer may lack the right, and the picture is already drawn.
      save(workspaceId, key, merged, saved?.version).catch(() => undefined);
    })().catch((error: unknown) => {
      if (!controller.signal.aborted) setState({ positions: null, source: null, ms: 0, error });
    });
    return () => controller.abort();
  }, [workspaceId, key, data]);
  return state;
}
