/**
 * A member of a betweenness team (betweenness-team.ts): receives a graph, sums Brandes's
 * dependencies over each set of sources it is sent and posts the sums back (transferred, not
 * copied), and drops the graph when the team lets it go.
 */
import { parentPort } from 'node:worker_threads';
import type { Graph } from '../graph.ts';
import { betweennessSums } from '../metrics/centrality/betweenness.ts';
import type { SearchOptions, ShareResult, TeamMessage } from './team-worker.ts';

let graph: Graph | undefined;
let options: SearchOptions = {};

parentPort!.on('message', (message: TeamMessage) => {
  if (message.kind === 'graph') {
    ({ graph, options } = message);
    return;
  }
  if (message.kind === 'release') {
    graph = undefined;
    return;
  }
  if (!graph) throw new Error('analytics/parallel/betweenness.worker: sources arrived before the graph');
  const { sums, squares, sourceCount } = betweennessSums(graph, message.sources, options);
  const result: ShareResult = { sums, squares, sourceCount };
  parentPort!.postMessage(result, [sums.buffer as ArrayBuffer, squares.buffer as ArrayBuffer]);
});
