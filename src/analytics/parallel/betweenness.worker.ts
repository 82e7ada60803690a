/**
 * One share of a parallel betweenness run: receives the graph and a set of sources, sums
 * Brandes's dependencies over them and posts the sums back (transferred, not copied).
 */
import { parentPort } from 'node:worker_threads';
import { betweennessSums } from '../metrics/centrality/betweenness.ts';
import type { ShareRequest, ShareResult } from './parallel-betweenness.ts';

parentPort!.once('message', (request: ShareRequest) => {
  const { sums, squares, sourceCount } = betweennessSums(request.graph, request.sources, request.options);
  const result: ShareResult = { sums, squares, sourceCount };
  parentPort!.postMessage(result, [sums.buffer as ArrayBuffer, squares.buffer as ArrayBuffer]);
});
