/**
 * The messages between the server and the two analytics worker threads, which live in the
 * analytics process (analytics.process.ts) and reach the server through it: one computes
 * analyses (seconds on a large network), the other holds the built networks with their
 * analyses and answers metric pages, positions, paths, reach and what-if queries in
 * milliseconds, so queries never wait behind a computation. The computing worker hands
 * each new network and analysis to the querying one directly over a MessageChannel; the
 * server only hears that it is done, and only ever holds the small answers.
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

/**
 * The nice value of the analysis (the computing thread, the betweenness team it starts and
 * the analytics process' helper threads): while an analysis takes both cores for a minute,
 * the server's thread gets a core as soon as it has work, instead of waiting its turn behind
 * them. An idle machine still gives the analysis all it has.
 */
export const ANALYSIS_NICENESS = 10;

/** From the server to the analytics process (analytics.process.ts), which holds both workers. */
export type ToAnalyticsProcess =
  | { type: 'start'; database: DatabaseTarget }
  | { type: 'relay'; to: 'compute'; message: ToComputeWorker }
  | { type: 'relay'; to: 'query'; message: ToQueryWorker }
  | { type: 'stop' };

/** From the analytics process to the server: a worker's message, or that a worker was lost. */
export type FromAnalyticsProcess =
  | { from: 'compute'; message: FromComputeWorker; type?: never }
  | { from: 'query'; message: FromQueryWorker; type?: never }
  | { type: 'lost'; message: string; from?: never };

export type FromQueryWorker =
  | { type: 'answer'; id: number; stamp: NetworkStamp; result: unknown }
  | { type: 'error'; id: number; code: 'not_ready' | 'not_found' | 'failed'; message: string }
  | { type: 'stopped' };
