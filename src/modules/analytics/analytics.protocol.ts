/**
 * The messages between the main thread and the two analytics worker threads: one computes
 * analyses (seconds on a large network), the other holds the built networks with their
 * analyses and answers metric pages, positions, paths, reach and what-if queries in
 * milliseconds, so queries never wait behind a computation. The computing worker hands
 * each new network and analysis to the querying one directly over a MessageChannel; the
 * main thread only hears that it is done, and only ever holds the small answers.
 */
import type { MessagePort } from 'node:worker_threads';
import type { PathIndex } from '../../analytics/influence/index.ts';
import type { ArticulationPoints } from '../../analytics/metrics/structure/index.ts';
import type { Network, Projection } from '../../analytics/network/index.ts';
import type { DatabaseTarget } from '../../config/config.ts';
import type { Analysis, AnalysisDone } from './analysis.types.ts';
import type { PortableNetwork } from './portable-network.ts';

export type WorkerRole = 'compute' | 'query';

/** What a worker starts with. */
export interface WorkerSetup {
  role: WorkerRole;
  database: DatabaseTarget;
  /** compute: where to send networks; query: where they arrive. */
  port: MessagePort;
}

/** Identifies one cached analysis: a workspace's network in one projection. */
export interface AnalysisKey {
  workspaceId: string;
  projection: Projection;
}

export const keyOf = (key: AnalysisKey): string => `${key.workspaceId}/${key.projection}`;

/** The stamp every answer carries: which network it was computed on, and when. */
export interface NetworkStamp {
  networkVersion: number;
  computedAt: string;
  onDate: string;
}

export type ToComputeWorker = { type: 'compute'; key: AnalysisKey; onDate: string } | { type: 'stop' };

export type FromComputeWorker =
  { type: 'computed'; key: AnalysisKey; done: AnalysisDone } | { type: 'failed'; key: AnalysisKey; message: string } | { type: 'stopped' };

/**
 * A network as the querying worker keeps it, with its analysis (indexed by the network's
 * nodes) and what the queries search, prepared by the computing worker so that no query
 * waits for it.
 */
export interface NetworkSnapshot {
  key: AnalysisKey;
  network: Network;
  /** Also says which network this is: its version, when it was computed and on which date. */
  analysis: Analysis;
  /** Arc lengths for best paths, staleness measured on the day the network was analysed. */
  paths: PathIndex;
  /** Cut points and the pieces their leaving splits off, for what-if. */
  cutPoints: ArticulationPoints;
}

/** A snapshot on its way to the querying worker: the network's strings as columns (portable-network.ts). */
export interface PortableSnapshot extends Omit<NetworkSnapshot, 'network'> {
  network: PortableNetwork;
}

export type ComputeToQuery = { type: 'network'; snapshot: PortableSnapshot };

export type ToQueryWorker = { type: 'query'; id: number; key: AnalysisKey; operation: string; input: unknown } | { type: 'stop' };

export type FromQueryWorker =
  | { type: 'answer'; id: number; stamp: NetworkStamp; result: unknown }
  | { type: 'error'; id: number; code: 'not_ready' | 'not_found' | 'failed'; message: string }
  | { type: 'stopped' };
