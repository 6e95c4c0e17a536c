import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['test/unit/**/*.test.ts', 'test/infra/**/*.test.ts'],
          testTimeout: 60_000,
        },
      },
      {
        test: {
          // Reads dist/: scripts/test.sh builds the site (validating every link) before vitest runs.
          name: 'site',
          include: ['test/site/**/*.test.ts'],
        },
      },
      {
        test: {
          name: 'integration',
          include: ['test/integration/**/*.test.ts'],
          // Each file starts its own moto; two at a time fit this machine's two cores.
          maxWorkers: 2,
          // A ceiling, not a measure: the data labs' CLI steps run a crawler, a Glue job and queries
          // for three labs in one test (70–90 s on a loaded machine).
          testTimeout: 240_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
