import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';
import type { Plugin } from 'vite';

/**
 * `npm run dev` only: Vite's dev server injects inline scripts for hot reload, which the page's
 * CSP meta tag refuses. The built app (and every test) keeps the tag.
 */
const devWithoutCspMeta: Plugin = {
  name: 'carebook-dev-without-csp-meta',
  apply: 'serve',
  transformIndexHtml: (html) => html.replace(/<meta\s+http-equiv="Content-Security-Policy"[^>]*>\s*/, ''),
};

// Our folders are electron/ and renderer/, not electron-vite's src/ defaults, so every entry is named.
export default defineConfig({
  main: {
    build: {
      outDir: 'out/main',
      // The core's pure-JavaScript libraries are bundled into core.js: one file loads in about
      // 25 MB less memory than their hundreds of modules (measured in the bench's memory row).
      // The native SQLite binding and pdfkit (which reads its font files from its own folder,
      // and is loaded only when a PDF is made) stay outside.
      externalizeDeps: { exclude: ['date-fns', 'file-type', 'kysely', 'papaparse', 'zod'] },
      rollupOptions: {
        input: {
          index: resolve(import.meta.dirname, 'electron/main/index.ts'),
          // The core on its own, as the main process runs it: the bench measures its memory in plain Node.
          core: resolve(import.meta.dirname, 'electron/core/index.ts'),
          // Every PDF is laid out in a short process from this file (electron/core/pdf/make-pdf.ts says why).
          'pdf-process': resolve(import.meta.dirname, 'electron/core/pdf/pdf-process.ts'),
        },
      },
    },
  },
  preload: {
    build: {
      outDir: 'out/preload',
      rollupOptions: {
        input: { index: resolve(import.meta.dirname, 'electron/preload/index.ts') },
        // A sandboxed preload cannot be an ES module.
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: resolve(import.meta.dirname, 'renderer'),
    base: './',
    plugins: [react(), devWithoutCspMeta],
    build: {
      minify: true,
      outDir: resolve(import.meta.dirname, 'out/renderer'),
      rollupOptions: { input: { index: resolve(import.meta.dirname, 'renderer/index.html') } },
    },
  },
});
