// API answers are compressed when the client asks (src/http/compression.ts): in one call, so
// the answer carries its compressed length, and into the same JSON as the plain answer.
import { request as httpRequest } from 'node:http';
import { brotliDecompressSync, gunzipSync, inflateSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeWorkspace } from '../test/factories.ts';
import { startTestServer, type TestServer } from '../test/test-server.ts';

interface RawAnswer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  bytes: Buffer;
}

/** A GET whose body is read as sent, without the decoding fetch would do. */
function rawGet(url: string, headers: Record<string, string>): Promise<RawAnswer> {
  return new Promise((resolve, reject) => {
    httpRequest(url, { headers }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => resolve({ status: response.statusCode!, headers: response.headers, bytes: Buffer.concat(chunks) }));
      response.on('error', reject);
    })
      .on('error', reject)
      .end();
  });
}

const DECODERS = { br: brotliDecompressSync, gzip: gunzipSync, deflate: inflateSync } as const;

describe('compressed API answers', () => {
  let server: TestServer;
  let token: string;
  let pageUrl: string;

  beforeAll(async () => {
    server = await startTestServer('sqlite');
    const team = await makeWorkspace(server.ctx);
    token = team.editor.token;
    const ws = `/api/v1/workspaces/${team.workspace.id}`;
    const organisation = await server.postNew(`${ws}/organisations`, { token, body: { name: 'Gemeente Goes', kind: 'municipality' } });
    for (let i = 0; i < 40; i += 1) {
      await server.postNew(`${ws}/people`, {
        token,
        body: {
          name: `Persoon ${i}`,
          jobTitle: 'Adviseur informatiebeheer',
          affiliations: [{ organisationId: organisation, role: 'Adviseur' }],
        },
      });
    }
    pageUrl = `${server.url}${ws}/people?limit=40`;
  });

  afterAll(() => server.close());

  it('sends a page plain when the client does not ask for compression', async () => {
    const plain = await rawGet(pageUrl, { authorization: `Bearer ${token}` });
    expect(plain.status).toBe(200);
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.bytes.length).toBeGreaterThan(8192);
    expect(JSON.parse(plain.bytes.toString('utf8')).data).toHaveLength(40);
  });

  it.each(Object.keys(DECODERS) as (keyof typeof DECODERS)[])('compresses a page with %s, whole and with its length', async (encoding) => {
    const plain = await rawGet(pageUrl, { authorization: `Bearer ${token}` });
    const packed = await rawGet(pageUrl, { authorization: `Bearer ${token}`, 'accept-encoding': encoding });
    expect(packed.status).toBe(200);
    expect(packed.headers['content-encoding']).toBe(encoding);
    expect(packed.headers.vary).toMatch(/accept-encoding/i);
    // Compressed in one call, the answer states its length instead of being sent in chunks.
    expect(packed.headers['content-length']).toBe(String(packed.bytes.length));
    expect(packed.headers['transfer-encoding']).toBeUndefined();
    expect(packed.bytes.length).toBeLessThan(plain.bytes.length / 3);
    expect(JSON.parse(DECODERS[encoding](packed.bytes).toString('utf8'))).toEqual(JSON.parse(plain.bytes.toString('utf8')));
  });

  it('prefers Brotli when the client takes what browsers offer', async () => {
    const packed = await rawGet(pageUrl, { authorization: `Bearer ${token}`, 'accept-encoding': 'gzip, deflate, br, zstd' });
    expect(packed.headers['content-encoding']).toBe('br');
  });
});
