import zlib, { constants } from 'node:zlib';

/** Brotli's quickest quality, for answers compressed in one call on the event loop. */
const quickBrotli = { params: { [constants.BROTLI_PARAM_QUALITY]: 1 } };
/** The plugin's default quality, for large answers streamed through the thread pool. */
const compactBrotli = { params: { [constants.BROTLI_PARAM_QUALITY]: 4 } };
const quickZlib = { level: 1 };

/**
 * zlib as @fastify/compress uses it: what is compressed in one call takes the quickest level,
 * what streams takes the level that makes it smallest for its cost. Everything the plugin
 * does not find here (decompressing request bodies) comes from zlib itself.
 */
const tunedZlib = {
  brotliCompressSync: (buffer: Buffer) => zlib.brotliCompressSync(buffer, quickBrotli),
  gzipSync: (buffer: Buffer) => zlib.gzipSync(buffer, quickZlib),
  deflateSync: (buffer: Buffer) => zlib.deflateSync(buffer, quickZlib),
  createBrotliCompress: () => zlib.createBrotliCompress(compactBrotli),
  createGzip: () => zlib.createGzip(),
  createDeflate: () => zlib.createDeflate(),
};

/**
 * How the API compresses its answers (@fastify/compress). The web client's assets are
 * compressed once, at build time (web/vite.config.ts); these settings are for answers made
 * per request, whose compression every browser asks for.
 *
 * On the plugin's defaults a page of 50 people (33 KB) went through a Brotli stream at
 * quality 4, costing the server about 1.2 ms of CPU per answer, three times the rest of the
 * request. Compressed in one call at quality 1 it costs about 0.2 ms, for 8.2 KB instead of
 * 7.6 KB. The whole network picture of 100,000 people (46 MB) still streams at quality 4:
 * 8.9 MB in 0.9 s of a thread-pool thread, against 14.6 MB in 0.26 s at quality 1
 * (docs/benchmarks.md, "Compressed answers").
 */
export const compressionOptions = {
  // Smaller answers gain less on the wire than compressing them costs.
  threshold: 2048,
  encodings: ['br', 'gzip', 'deflate'] as ('br' | 'gzip' | 'deflate')[],
  // One synchronous call up to the largest page (200 records, about 130 KB, 0.4 ms): a
  // stream's setup costs more than that. Larger answers stream through libuv's thread pool
  // and leave the event loop free.
  syncThreshold: 256 * 1024,
  zlib: tunedZlib,
};
