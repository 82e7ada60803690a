import { constants } from 'node:zlib';

/**
 * How the API compresses its answers (@fastify/compress). The web client's assets are
 * compressed once, at build time (web/vite.config.ts); these settings are for answers made
 * per request, whose compression every browser asks for.
 *
 * On the plugin's defaults a page of 50 people (33 KB) went through a Brotli stream at
 * quality 4, costing the server about 1.2 ms of CPU per answer, three times the rest of the
 * request. Compressed in one call at quality 1 it costs about 0.2 ms, for 8.2 KB instead of
 * 7.6 KB (docs/benchmarks.md, "Compressed answers"). Gzip and deflate, for clients without
 * Brotli, likewise take zlib's quickest level.
 */
export const compressionOptions = {
  // Smaller answers gain less on the wire than compressing them costs.
  threshold: 2048,
  encodings: ['br', 'gzip', 'deflate'] as ('br' | 'gzip' | 'deflate')[],
  // One synchronous call up to the largest page (200 records, about 130 KB, 0.4 ms): a
  // stream's setup costs more than that. Larger answers, such as the whole network picture,
  // stream through libuv's thread pool and leave the event loop free.
  syncThreshold: 256 * 1024,
  brotliOptions: { params: { [constants.BROTLI_PARAM_QUALITY]: 1 } },
  zlibOptions: { level: 1 },
};
