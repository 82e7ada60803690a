/**
 * The computing worker: loads a workspace's rows through its own database connection (the
 * server never handles them), builds the network, computes every metric and the
 * communities, sends network and analysis to the querying worker and tells the server it
 * is done.
 */
import { performance } from 'node:perf_hooks';
import type { MessagePort } from 'node:worker_threads';
import { preparePaths } from '../../analytics/influence/index.ts';
import { buildNetwork } from '../../analytics/network/index.ts';
import { openDatabase, type Db } from '../../db/dialect.ts';
import { nowIso } from '../../lib/clock.ts';
import { lowerThreadPriority } from '../../lib/thread-priority.ts';
import type { Analysis, AnalysisDone } from './analysis.types.ts';
import {
  ANALYSIS_NICENESS,
  type AnalysisKey,
  type ComputeToQuery,
  type FromComputeWorker,
  type ToComputeWorker,
  type WorkerSetup,
} from './analytics.protocol.ts';
import { loadNetworkInput } from './analytics.repository.ts';
import { toPortable } from './portable-network.ts';
import { computeCommunities } from './compute-communities.ts';
import { computeMetrics } from './compute-analysis.ts';
import { readNetworkVersion } from './network-version.repository.ts';
import { transferablesOf } from './transferables.ts';

/** Answers compute requests one at a time, in the order they came. */
export function runComputeRole(setup: WorkerSetup, parent: MessagePort): void {
  lowerThreadPriority(ANALYSIS_NICENESS);
  const db = openDatabase(setup.database, { poolSize: 2 });
  const send = (message: FromComputeWorker) => parent.postMessage(message);
  let queue = Promise.resolve();
  parent.on('message', (message: ToComputeWorker) => {
    queue = queue.then(async () => {
      if (message.type === 'stop') {
        await db.close();
        send({ type: 'stopped' });
        return;
      }
      try {
        const done = await analyse(db, message.key, message.onDate, setup.port);
        send({ type: 'computed', key: message.key, done });
      } catch (error) {
        send({ type: 'failed', key: message.key, message: error instanceof Error ? error.message : String(error) });
      }
    });
  });
}

async function analyse(db: Db, key: AnalysisKey, onDate: string, port: MessagePort): Promise<AnalysisDone> {
  const started = performance.now();
  // Read before the rows: a change landing in between leaves the analysis marked older than
  // its data, so it is recomputed once more rather than served as fresh while missing it.
  const networkVersion = await readNetworkVersion(db.kysely, key.workspaceId);
  const input = await loadNetworkInput(db.kysely, key.workspaceId);
  const loaded = performance.now();
  const network = buildNetwork(input, { projection: key.projection, onDate });
  const built = performance.now();
  const { cutPoints, ...metrics } = computeMetrics(network);
  const found = computeCommunities(network, input);
  const computedAt = nowIso();
  const analysis: Analysis = {
    ...key,
    networkVersion,
    computedAt,
    onDate,
    nodeCount: network.nodeIds.length,
    tieCount: network.graph.undirected.targets.length / 2,
    ...metrics,
    ...found,
    timings: {
      loadMs: Math.round(loaded - started),
      buildMs: Math.round(built - loaded),
      computeMs: Math.round(performance.now() - built),
    },
  };
  // Every buffer of network, analysis and search structures moves to the querying worker.
  const snapshot: ComputeToQuery = {
    type: 'network',
    snapshot: {
      key,
      network: toPortable(network),
      analysis,
      paths: preparePaths(network, { asOf: onDate }),
      cutPoints,
    },
  };
  port.postMessage(snapshot, transferablesOf(snapshot));
  const { nodeCount, timings } = analysis;
  return { networkVersion, computedAt, onDate, nodeCount, timings };
}
