import { fileURLToPath } from 'node:url';
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
 * The web client is built from web/ into web/dist, which the Kring server serves at `/`.
 * In development the API is proxied to a server on port 4000 so cookies stay same-origin.
 */
export default defineConfig({
  root,
  base: '/',
  plugins: [sideEffectFreeComponents(), react()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2022',
    sourcemap: false,
    chunkSizeWarningLimit: 700,
  },
  worker: { format: 'es' },
  server: {
    port: 5173,
    proxy: { '/api': 'http://127.0.0.1:4000' },
  },
});
