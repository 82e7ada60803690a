/** What one library's process reports for one network size. */

export type LibraryName = 'kring' | 'graphology';

export interface CaseTiming {
  readonly key: string;
  /** Median wall-clock seconds of one run. */
  readonly seconds?: number;
  /** Median CPU seconds (user + system, all threads of the process) of one run. */
  readonly cpuSeconds?: number;
  readonly runs?: number;
  /** Per query, for query cases. */
  readonly perQuery?: { readonly seconds: number; readonly cpuSeconds: number };
  readonly scalar?: number;
  readonly note?: string;
  /** The process's peak resident memory so far, after this case. */
  readonly peakRssMB?: number;
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
  readonly graphCpuSeconds: number;
  readonly timings: readonly CaseTiming[];
  /** Peak resident memory of the whole process (network generation included). */
  readonly peakRssMB: number;
}
