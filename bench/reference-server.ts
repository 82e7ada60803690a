/**
 * What the machine allows at the moment of a run: a bare `node:http` server answering a fixed
 * JSON page about as large as a page of 50 relations (25 KB), under the same load as the
 * endpoints. This virtual machine's speed varies from run to run by up to half; the line lets
 * runs be compared, and shows the floor one Node process sets on the tail at 32 clients.
 */
import { spawn } from 'node:child_process';
import { loadWithWrk, type LoadFigures } from './wrk-load.ts';

const REFERENCE_PORT = 4991;

// The server runs in a process of its own, like Kring's; the page is built once.
const SERVER = `
const http = require('node:http');
const record = (i) => ({
  id: '00000000-0000-4000-8000-' + String(i).padStart(12, '0'),
  workspaceId: '00000000-0000-4000-8000-000000000000',
  from: '00000000-0000-4000-8000-1' + String(i).padStart(11, '0'), fromType: 'person', fromName: 'Chloë van den Berg',
  to: '00000000-0000-4000-8000-2' + String(i).padStart(11, '0'), toType: 'organisation', toName: 'Gemeente Kapelle',
  type: 'advises', directed: true, strength: 3, since: '2020-01-01', until: null, note: null, source: 'bench',
  version: 1, createdAt: '2025-05-01T14:33:47.138Z', updatedAt: '2025-05-01T14:33:47.138Z',
});
const body = JSON.stringify({ data: Array.from({ length: 50 }, (_, i) => record(i)), links: { next: '/api/v1/next?cursor=abc' } });
http.createServer((request, response) => {
  response.writeHead(200, { 'content-type': 'application/json; charset=utf-8' });
  response.end(body);
}).listen(${REFERENCE_PORT}, '127.0.0.1');
`;

/** Loads the reference server like an endpoint (2 s of warm-up, then `seconds`) and stops it. */
export async function measureReference(clients: number, seconds: number): Promise<LoadFigures> {
  const server = spawn(process.execPath, ['-e', SERVER], { stdio: 'ignore' });
  try {
    for (let attempt = 0; ; attempt += 1) {
      try {
        if ((await fetch(`http://127.0.0.1:${REFERENCE_PORT}/`)).ok) break;
      } catch (error) {
        if (attempt >= 100) throw new Error('bench: the reference server did not start', { cause: error });
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    }
    const origin = `http://127.0.0.1:${REFERENCE_PORT}`;
    loadWithWrk(origin, ['/'], { token: 'none', acceptEncoding: 'identity' }, clients, 2);
    return loadWithWrk(origin, ['/'], { token: 'none', acceptEncoding: 'identity' }, clients, seconds);
  } finally {
    server.kill();
  }
}
