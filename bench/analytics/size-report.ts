/** What one library's process reports for one network size. */

export type LibraryName = 'kring' | 'graphology';

export interface CaseTiming {
  readonly key: string;
  /** Median seconds of one run. */
  readonly seconds?: number;
  readonly runs?: number;
  /** Seconds per query, for query cases. */
  readonly perQuery?: number;
  readonly scalar?: number;
  readonly note?: string;
  /** True when per-node values were written for the agreement. */
  readonly hasValues?: boolean;
  /** Why it did not run. */
  readonly skipped?: string;
  readonly error?: string;
}

export interface SizeReport {
  readonly library: LibraryName;
  readonly people: number;
  readonly relations: number;
  /** Time to build the library's graph from the edge list. */
  readonly graphSeconds: number;
  readonly timings: readonly CaseTiming[];
  /** Peak resident memory of the whole process (network generation included). */
  readonly peakRssMB: number;
}
