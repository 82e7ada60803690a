// API answers are compressed when the client asks (src/http/compression.ts): pages in one call
// at the quickest level, so the answer carries its compressed length; large answers streamed
// and smaller. Either way into the same JSON as the plain answer.
import { request as httpRequest } from 'node:http';
import { brotliCompressSync, brotliDecompressSync, constants, deflateSync, gunzipSync, gzipSync, inflateSync } from 'node:zlib';
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

/** Each encoding at its quickest level, as a page is compressed in one call. */
const QUICKEST = {
  br: (bytes: Buffer) => brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 1 } }),
  gzip: (bytes: Buffer) => gzipSync(bytes, { level: 1 }),
  deflate: (bytes: Buffer) => deflateSync(bytes, { level: 1 }),
} as const;

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
    // At the quickest level: the same bytes as compressing the plain answer so.
    expect(packed.bytes.equals(QUICKEST[encoding](plain.bytes))).toBe(true);
  });

  it('streams a large answer, compressed smaller than at the quickest level', async () => {
    // The OpenAPI document is several times the one-call limit of 256 KB.
    const url = `${server.url}/api/v1/openapi.json`;
    const plain = await rawGet(url, {});
    expect(plain.bytes.length).toBeGreaterThan(256 * 1024);
    const packed = await rawGet(url, { 'accept-encoding': 'br' });
    expect(packed.headers['content-encoding']).toBe('br');
    expect(packed.headers['content-length']).toBeUndefined();
    expect(JSON.parse(brotliDecompressSync(packed.bytes).toString('utf8'))).toEqual(JSON.parse(plain.bytes.toString('utf8')));
    expect(packed.bytes.length).toBeLessThan(QUICKEST.br(plain.bytes).length);
  });

  it('prefers Brotli when the client takes what browsers offer', async () => {
    const packed = await rawGet(pageUrl, { authorization: `Bearer ${token}`, 'accept-encoding': 'gzip, deflate, br, zstd' });
    expect(packed.headers['content-encoding']).toBe('br');
  });
});
