/**
 * Background work on a lower CPU priority than the thread that answers requests. On Linux
 * the nice value belongs to each thread (setpriority with a thread id), and threads the
 * lowered one starts inherit it; elsewhere this does nothing and says so.
 */
import { readdirSync, readlinkSync } from 'node:fs';
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
  return tid === null ? null : lowerPriorityOf(tid, niceness);
}

/**
 * Gives every other thread of the process that exists now at least the nice value
 * `niceness` (helper threads started before the caller could lower itself). Returns how
 * many threads were lowered, or null where threads cannot be listed (not Linux).
 */
export function lowerOtherThreadsPriority(niceness: number): number | null {
  const self = currentThreadId();
  if (self === null) return null;
  let lowered = 0;
  for (const tid of readdirSync('/proc/self/task').map(Number)) {
    if (tid !== self && lowerPriorityOf(tid, niceness) !== null) lowered += 1;
  }
  return lowered;
}

function lowerPriorityOf(tid: number, niceness: number): number | null {
  try {
    if (getPriority(tid) < niceness) setPriority(tid, niceness);
    return getPriority(tid);
  } catch {
    // the thread ended meanwhile, or the system refuses
    return null;
  }
}
