import { defineConfig } from '@playwright/test';
import { apiPort, dataDir, portalPort } from './support/stack';

const chromium = {
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: [
    '--disable-gpu',
    '--disable-dev-shm-usage',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ],
};

export default defineConfig({
  testDir: './tests',
  fullyParallel: true,
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  workers: 2,
  timeout: 60_000,
  reporter: process.env.CI ? [['list']] : [['list'], ['html', { open: 'never' }]],
  use: {
    baseURL: `http://localhost:${portalPort}`,
    launchOptions: chromium,
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
  },
  projects: [
    {
      name: 'phone',
      // Revalidation and the studio journeys change shared data; they run once, in the desktop
      // project (the studio is a desktop tool).
      testIgnore: [/revalidation\.spec\.ts/, /studio\//],
      use: {
        viewport: { width: 360, height: 740 },
        isMobile: true,
        hasTouch: true,
        deviceScaleFactor: 2,
        // The phone runs every page dark and the desktop light, so that both themes meet the
        // checks every test makes (no Content-Security-Policy violation, among others).
        colorScheme: 'dark',
      },
    },
    {
      name: 'desktop',
      use: { viewport: { width: 1280, height: 800 }, colorScheme: 'light' },
    },
  ],
  webServer: {
    // The whole system as a reader meets it: embedded PostgreSQL, the built API and portal. The
    // portal's data cache is emptied first, so that no answer cached by an earlier run is served.
    command:
      'rm -rf ../apps/portal/.next/cache/fetch-cache && node --import tsx ../scripts/start-stack.ts',
    url: `http://localhost:${portalPort}/`,
    timeout: 240_000,
    reuseExistingServer: !process.env.CI,
    stdout: 'ignore',
    stderr: 'pipe',
    env: {
      ATLAS_DATA_DIR: dataDir,
      API_PORT: String(apiPort),
      PORT: String(portalPort),
      NEXT_TELEMETRY_DISABLED: '1',
    },
    gracefulShutdown: { signal: 'SIGTERM', timeout: 20_000 },
  },
});
