import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'bench/**/*.test.ts', 'web/src/**/*.test.{ts,tsx}'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: 'forks',
    // The JSON report lets CI prove that the PostgreSQL half of the contract suite ran.
    reporters: ['default', ['json', { outputFile: 'test-results/vitest.json' }]],
  },
});
