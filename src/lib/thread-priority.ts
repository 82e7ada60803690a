/**
 * Background work on a lower CPU priority than the thread that answers requests. On Linux
 * the nice value belongs to each thread (setpriority with a thread id), and threads the
 * lowered one starts inherit it; elsewhere this does nothing and says so.
 */
import { readlinkSync } from 'node:fs';
import { getPriority, setPriority } from 'node:os';

/** The kernel's id of the calling thread, or null where it cannot be known (not Linux). */
export function currentThreadId(): number | null {
  try {
    // "<pid>/task/<tid>"
    const tid = Number(readlinkSync('/proc/thread-self').split('/').at(-1));
    return Number.isInteger(tid) && tid > 0 ? tid : null;
  } catch {
    return null;
  }
}

/**
 * Gives the calling thread at least the nice value `niceness` (higher is lower priority;
 * lowering needs no privilege, raising does). Returns the thread's nice value afterwards,
 * or null when it could not be set.
 */
export function lowerThreadPriority(niceness: number): number | null {
  const tid = currentThreadId();
  if (tid === null) return null;
  try {
    if (getPriority(tid) < niceness) setPriority(tid, niceness);
    return getPriority(tid);
  } catch {
    return null;
  }
}
