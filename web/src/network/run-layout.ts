import type { LayoutRequest, LayoutResult } from './layout-protocol.ts';

/** Runs one ForceAtlas2 layout in a fresh web worker and resolves with the positions. */
export function runLayout(request: LayoutRequest, signal?: AbortSignal): Promise<LayoutResult> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./layout.worker.ts', import.meta.url), { type: 'module' });
    const stop = () => {
      worker.terminate();
      reject(new DOMException('Layout cancelled', 'AbortError'));
    };
    signal?.addEventListener('abort', stop, { once: true });
    worker.onmessage = (event: MessageEvent<LayoutResult>) => {
      signal?.removeEventListener('abort', stop);
      worker.terminate();
      resolve(event.data);
    };
    worker.onerror = (event) => {
      signal?.removeEventListener('abort', stop);
      worker.terminate();
      reject(new Error(`network/run-layout: ${event.message}`));
    };
    worker.postMessage(request);
  });
}
