// Builds the web UI into dist/web, which the server serves beside the API (src/server/static.ts).
// JSX is compiled by Vite's own transformer (automatic runtime): no React plugin is needed, as
// the UI has no hot-reload dev server.
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: '/',
  build: {
    outDir: fileURLToPath(new URL('../dist/web', import.meta.url)),
    emptyOutDir: true,
    chunkSizeWarningLimit: 1500,
    // The worker's bundling is slow on a busy machine; that is no warning for the user.
    rolldownOptions: { checks: { bundlerTimings: false } },
  },
  worker: { format: 'es' },
  server: { proxy: { '/api': 'http://127.0.0.1:8080' } },
});
