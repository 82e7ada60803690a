/**
 * Imported by bench/server-time.js, inside the server: how long the server's SQL statements
 * take, measured where they run, under the same conditions as the requests that run them. In
 * all (`statementMsSoFar`), to set against the server's time under load; and per request, for
 * requests that had the process to themselves from start to finish, as with one client, so
 * that every statement run meanwhile belongs to that request (`onLoneRequest`).
 *
 * Times the statements of better-sqlite3 (synchronous: from the call to its return) and of pg
 * (from the call until its promise settles, the round trip to the database included, as the
 * bare SQL measure of the benchmark includes it). Plain JavaScript, like bench/loop-delay.js.
 */
import { subscribe } from 'node:diagnostics_channel';
import { performance } from 'node:perf_hooks';
import Sqlite from 'better-sqlite3';
import pg from 'pg';

/** Milliseconds spent in statements since the process started. */
let statementMs = 0;
let requestsInFlight = 0;
let requestsStarted = 0;

function timeSynchronous(prototype, method) {
  const original = prototype[method];
  prototype[method] = function timed(...args) {
    const start = performance.now();
    try {
      return original.apply(this, args);
    } finally {
      statementMs += performance.now() - start;
    }
  };
}

function timeSettling(prototype, method) {
  const original = prototype[method];
  prototype[method] = function timed(...args) {
    const start = performance.now();
    const result = original.apply(this, args);
    if (typeof result?.then === 'function') {
      const add = () => (statementMs += performance.now() - start);
      result.then(add, add);
    }
    return result;
  };
}

/** The state at a request's start, by its response. */
const started = new WeakMap();

/** Starts timing the statements of both drivers. Call it once: it wraps their methods. */
export function timeStatements() {
  const statementPrototype = Object.getPrototypeOf(new Sqlite(':memory:').prepare('select 1'));
  for (const method of ['all', 'get', 'run']) timeSynchronous(statementPrototype, method);
  timeSettling(pg.Client.prototype, 'query');
}

/** Milliseconds spent in statements since `timeStatements` was called. */
export const statementMsSoFar = () => statementMs;

/**
 * Calls `record(sqlMs, response)` when a request ends that had the process to itself: no other
 * request was in flight when it started, and none started before it ended.
 */
export function onLoneRequest(record) {
  subscribe('http.server.request.start', (message) => {
    const { response } = /** @type {{ response: import('node:http').ServerResponse }} */ (message);
    started.set(response, { statementMs, alone: requestsInFlight === 0, requestsStarted: ++requestsStarted });
    requestsInFlight += 1;
    // 'close' comes after 'finish', and also for a request whose client went away unanswered.
    response.once('close', () => (requestsInFlight -= 1));
  });
  subscribe('http.server.response.finish', (message) => {
    const { response } = /** @type {{ response: import('node:http').ServerResponse }} */ (message);
    const start = started.get(response);
    if (start?.alone && start.requestsStarted === requestsStarted) record(statementMs - start.statementMs, response);
  });
}
