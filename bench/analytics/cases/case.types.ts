/**
 * One benchmarked metric: how Kring computes it, how graphology computes the same thing
 * (when it can), and how the two results are compared.
 */
import type { AbstractGraph } from 'graphology-types';
import type { Graph } from '../../../src/analytics/graph.ts';
import type { ProfessionalNetwork } from '../professional-network.ts';

/** What a run hands back for comparison: a value per node, and/or one figure. */
export interface Outcome {
  readonly values?: Float64Array;
  readonly scalar?: number;
  /** Extra figures worth printing (error bounds, pivot counts…). */
  readonly note?: string;
}

/** Inputs both libraries share at one size, so they answer the same question. */
export interface SharedInputs {
  /** Sources of the single-source shortest-path trees. */
  readonly pathSources: Int32Array;
  /** Person pairs of the best-path queries: [s0, t0, s1, t1, …]. */
  readonly pairs: Int32Array;
  readonly seed: number;
}

export interface Subject<G> {
  readonly graph: G;
  readonly network: ProfessionalNetwork;
  readonly shared: SharedInputs;
  /** Files another side wrote earlier in the run (Kring's pivots, for graphology). */
  readonly handOver: HandOver;
}

/** A small store of arrays one side leaves for the other (written as files between processes). */
export interface HandOver {
  put(name: string, values: Int32Array): void;
  get(name: string): Int32Array | undefined;
  /** Per-node values a case of this library wrote earlier at this size (e.g. the exact betweenness). */
  valuesOf(key: string): Float64Array | undefined;
}

/**
 * A prepared computation: everything loaded and set up, only the timed work left. It may
 * hand back a function instead, called after the clock stops, that turns its raw result
 * into the outcome (so the conversion is not timed).
 */
export type Timed = () => Outcome | (() => Outcome) | Promise<Outcome | (() => Outcome)>;

export interface Side<G> {
  /** Loads modules and builds inputs (not timed); returns the work to time. */
  prepare(subject: Subject<G>): Promise<Timed>;
  /** Why this side does not run at this size, or undefined when it does. */
  skip?(people: number): string | undefined;
}

/**
 * How results are compared: `exact` — max abs difference to graphology; `estimate` — also
 * Spearman and top-20 order against the exact metric named by `exactKey`; `modularity` —
 * each side's modularity (higher is better); `figure` — the scalars must be equal; `none`.
 */
export type AgreementKind = 'exact' | 'estimate' | 'modularity' | 'figure' | 'none';

export interface MetricCase {
  /** The name used by `--only`. */
  readonly key: string;
  readonly label: string;
  readonly agreement: AgreementKind;
  /** For estimates: the exact metric to rank against. */
  readonly exactKey?: string;
  /** When set, the time is reported per query (the run performs this many). */
  readonly queries?: number;
  /**
   * Threads the Kring side uses. A multi-threaded row is timed by the wall clock (CPU time
   * would add the threads up) and compared with graphology's single-threaded `compareAs` run.
   */
  readonly threads?: number;
  /** The case whose graphology run and reference figures this one is compared with. */
  readonly compareAs?: string;
  /** Counts towards "the full metric set" at the largest size. */
  readonly inFullSet: boolean;
  readonly kring: Side<Graph>;
  readonly graphology?: Side<AbstractGraph>;
}
