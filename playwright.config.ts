import { defineConfig, devices } from '@playwright/test';
import { fileURLToPath } from 'node:url';

/** A fixed, uncommon port so a dev server on 4321 does not get mistaken for the built site. */
const PORT = 4327;
const BIN = fileURLToPath(new URL('./node_modules/.bin', import.meta.url));

export default defineConfig({
  testDir: 'test/e2e',
  fullyParallel: true,
  forbidOnly: Boolean(process.env.CI),
  retries: process.env.CI ? 1 : 0,
  reporter: process.env.CI ? [['list'], ['html', { open: 'never' }]] : 'list',
  use: {
    baseURL: `http://localhost:${PORT}`,
    trace: 'retain-on-failure',
  },
  projects: [
    {
      name: 'chromium',
      use: {
        ...devices['Desktop Chrome'],
        // The machine cannot download Playwright's browsers: use the distribution's Chromium.
        launchOptions: {
          executablePath: '/usr/bin/chromium',
          args: [
            '--no-sandbox',
            '--disable-gpu',
            '--disable-background-networking',
            '--disable-component-update',
            '--disable-sync',
            '--no-first-run',
            '--disable-quic',
          ],
        },
      },
    },
  ],
  webServer: {
    // Search needs the Pagefind index, which only `astro build` produces (the dev server has none).
    // scripts/test.sh builds once before vitest and says so; run alone, Playwright builds itself.
    command: `${process.env.NUBELAB_SITE_BUILT ? '' : 'astro build && '}astro preview --port ${PORT} --host 127.0.0.1`,
    url: `http://localhost:${PORT}/es/`,
    // Astro needs the project's Node 22, which sits in node_modules/.bin next to astro itself,
    // whether Playwright was started through npm or directly.
    env: { PATH: `${BIN}:${process.env.PATH ?? ''}` },
    reuseExistingServer: !process.env.CI,
    timeout: 180_000,
    stdout: 'ignore',
    stderr: 'pipe',
  },
});
