import { defineConfig } from 'vitest/config';

// Two projects: pure rules (fast) and the core on real encrypted books in temp folders.
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['test/unit/**/*.test.ts'],
          environment: 'node',
        },
      },
      {
        test: {
          name: 'core',
          include: ['test/core/**/*.test.ts'],
          environment: 'node',
          // Key derivation is deliberately slow (~0.4 s a book); give real-book tests room.
          testTimeout: 60_000,
          hookTimeout: 60_000,
          pool: 'forks',
        },
      },
    ],
  },
});
