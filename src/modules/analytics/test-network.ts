/**
 * Test support: a server with a small fictional network whose analytics can be checked by
 * hand (people projection):
 *
 *   Anna ── Bart
 *      ╲    ╱
 *      Cor ── Dewi ── Eef
 *
 * Cor and Dewi are cut points (Cor–Dewi and Dewi–Eef are bridges). Betweenness: Cor lies
 * between 4 pairs (Anna or Bart with Dewi or Eef), Dewi between 3 (Anna, Bart, Cor with Eef).
 */
import type { DialectName } from '../../db/dialect.ts';
import { makeWorkspace } from '../../test/factories.ts';
import { startTestServer, type ApiResponse } from '../../test/test-server.ts';

export const PEOPLE = ['Anna', 'Bart', 'Cor', 'Dewi', 'Eef'] as const;
export type Name = (typeof PEOPLE)[number];
const TIES: [Name, Name][] = [
  ['Anna', 'Bart'],
  ['Anna', 'Cor'],
  ['Bart', 'Cor'],
  ['Cor', 'Dewi'],
  ['Dewi', 'Eef'],
];

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Starts a server with the network and helpers that wait for its analysis. */
export async function startAnalyticsNetwork(dialect: DialectName) {
  const server = await startTestServer(dialect);
  const team = await makeWorkspace(server.ctx);
  const ws = `/api/v1/workspaces/${team.workspace.id}`;
  const ids = {} as Record<Name, string>;
  const post = (path: string, body: object) => server.postNew(`${ws}/${path}`, { token: team.editor.token, body });
  for (const name of PEOPLE) ids[name] = await post('people', { name });
  for (const [from, to] of TIES) await post('relations', { from: ids[from], to: ids[to], type: 'knows' });

  /** Asks until the first analysis is there (the first request may answer 503 while it is computed). */
  async function ready<T = unknown>(path: string, token = team.viewer.token): Promise<ApiResponse<T>> {
    for (;;) {
      const response = await server.request<T>('GET', `${ws}${path}`, { token });
      if (response.status !== 503) return response;
      if (!/^\d+$/.test(response.headers.get('retry-after') ?? '')) throw new Error('503 without Retry-After');
      await pause(100);
    }
  }

  /** Asks until the answer is no longer stale. */
  async function fresh<T = unknown>(path: string): Promise<ApiResponse<T>> {
    for (;;) {
      const response = await ready<T>(path);
      if (!(response.body as { stale?: boolean }).stale) return response;
      await pause(50);
    }
  }

  return { server, team, ws, ids, post, ready, fresh };
}
