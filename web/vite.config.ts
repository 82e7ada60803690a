import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import type { Plugin } from 'vite';

/**
 * The Utrecht component bundle does not declare itself free of side effects, so bundlers keep
 * every component it contains. Its modules only define components, so marking them side-effect
 * free lets unused components drop out of the app shell.
 */
function sideEffectFreeComponents(): Plugin {
  return {
    name: 'kring-side-effect-free-components',
    enforce: 'pre',
    async resolveId(source, importer, options) {
      if (!/^@(utrecht|nl-design-system-candidate)\/[^/]+-react$|^@utrecht\/component-library-react$/.test(source)) return null;
      const resolved = await this.resolve(source, importer, { ...options, skipSelf: true });
      return resolved ? { ...resolved, moduleSideEffects: false } : null;
    },
  };
}

const root = fileURLToPath(new URL('.', import.meta.url));

/**
 * Writes .gz and .br beside every text asset, so the server can send them pre-compressed
 * (@fastify/static `preCompressed: true`) without compressing on each request.
 */
function precompress(): Plugin {
  let outDir = '';
  return {
    name: 'kring-precompress',
    apply: 'build',
    configResolved(config) {
      outDir = resolve(config.root, config.build.outDir);
    },
    closeBundle() {
      const walk = (dir: string): string[] =>
        readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(join(dir, e.name)) : [join(dir, e.name)]));
      for (const file of walk(outDir).filter((f) => /\.(js|css|html|svg|json)$/.test(f))) {
        const content = readFileSync(file);
        if (content.length < 1024) continue;
        writeFileSync(`${file}.gz`, gzipSync(content, { level: 9 }));
        writeFileSync(`${file}.br`, brotliCompressSync(content, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }));
      }
    },
  };
}

/**
 * The web client is built from web/ into web/dist, which the Kring server serves at `/`.
 * In development the API is proxied to a server on port 4000 so cookies stay same-origin.
 */
export default defineConfig({
  root,
  base: '/',
  plugins: [sideEffectFreeComponents(), react(), precompress()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2022',
    sourcemap: false,
    chunkSizeWarningLimit: 800,
  },
  worker: { format: 'es' },
  server: {
    port: 5173,
    proxy: { '/api': 'http://127.0.0.1:4000' },
  },
});
