import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';

const rootDir = fileURLToPath(new URL('.', import.meta.url));

export default defineConfig({
  root: 'client',
  plugins: [react()],
  // The manifest lets the bench and a test measure what the editor page loads before it is usable.
  // The budget that matters is the editor entry's gzip size (≤ 200 kB, tests/api/client-build.test.ts), not
  // one chunk's minified size.
  build: { outDir: '../dist/client', emptyOutDir: true, manifest: true, chunkSizeWarningLimit: 700 },
  server: { proxy: { '/api': `http://127.0.0.1:${process.env.API_PORT ?? 3001}` } },
  test: {
    root: rootDir,
    globalSetup: ['tests/support/global-setup.ts'],
    testTimeout: 30_000,
    hookTimeout: 180_000,
    projects: [
      {
        extends: true,
        test: { name: 'unit', include: ['tests/**/*.test.ts'], exclude: ['tests/browser/**'], environment: 'node', pool: 'forks' },
      },
      {
        // Each browser file starts the real app and a real Chromium: one file at a time on 2 cores.
        extends: true,
        test: { name: 'browser', include: ['tests/browser/**/*.test.ts'], environment: 'node', pool: 'forks', fileParallelism: false, testTimeout: 60_000 },
      },
    ],
  },
});
