// Lighthouse against the production build: starts the whole stack on its own ports and
// data directory, audits the home, an article, an indicator and a region page several times
// (mobile emulation, Lighthouse's default), and prints the median of each category score and
// of the JavaScript each page loads. Usage: pnpm --filter @atlas/e2e lighthouse
// Settings: LIGHTHOUSE_RUNS (default 5), CHROME_PATH (default /usr/bin/chromium).
import { spawn } from 'node:child_process';
import { readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { launch } from 'chrome-launcher';
import lighthouse from 'lighthouse';

const root = path.resolve(import.meta.dirname, '..', '..');
const dataDir = path.join(root, '.data', 'lighthouse');
const runs = Number(process.env.LIGHTHOUSE_RUNS ?? 5);
const chromePath = process.env.CHROME_PATH ?? process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const categories = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
const pages = {
  home: '/',
  article: '/articles/computing-power-the-productive-force',
  indicator: '/indicators/top500_rmax_pflops',
  region: '/regions/USA',
};

if (!Number.isInteger(runs) || runs < 1) {
  console.error(
    `LIGHTHOUSE_RUNS must be a whole number of at least 1, not "${process.env.LIGHTHOUSE_RUNS}"`,
  );
  process.exit(2);
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

async function startStack(): Promise<{ portalUrl: string; stop: () => Promise<void> }> {
  await rm(path.join(dataDir, 'stack.json'), { force: true });
  const stack = spawn(
    process.execPath,
    ['--import', 'tsx', path.join(root, 'scripts', 'start-stack.ts')],
    {
      cwd: root,
      env: {
        ...process.env,
        ATLAS_DATA_DIR: dataDir,
        API_PORT: '4200',
        PORT: '3200',
        NEXT_TELEMETRY_DISABLED: '1',
      },
      stdio: ['ignore', 'inherit', 'inherit'],
    },
  );
  const exited = new Promise<void>((resolve) => stack.once('exit', () => resolve()));
  const stop = async () => {
    stack.kill('SIGTERM');
    await exited;
  };
  for (let waited = 0; waited < 240_000; waited += 500) {
    if (stack.exitCode !== null)
      throw new Error(`the stack exited with code ${stack.exitCode} while starting`);
    try {
      const { portalUrl } = JSON.parse(
        await readFile(path.join(dataDir, 'stack.json'), 'utf8'),
      ) as { portalUrl: string };
      return { portalUrl, stop };
    } catch {
      await sleep(500);
    }
  }
  await stop();
  throw new Error('the stack did not start within 240 s');
}

interface RunResult {
  scores: Record<(typeof categories)[number], number>;
  scriptKb: number;
  scriptTransferKb: number;
  /** Audits that cost points outside performance, as "category: audit title". */
  failures: string[];
}

async function audit(url: string, port: number): Promise<RunResult> {
  const result = await lighthouse(url, {
    port,
    output: 'json',
    logLevel: 'error',
    onlyCategories: [...categories],
  });
  if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
  const { lhr } = result;
  if (lhr.runtimeError) throw new Error(`Lighthouse failed on ${url}: ${lhr.runtimeError.message}`);
  const requests =
    (lhr.audits['network-requests']?.details as { items?: Record<string, unknown>[] } | undefined)
      ?.items ?? [];
  const scripts = requests.filter((item) => item.resourceType === 'Script');
  const sum = (key: string) =>
    scripts.reduce((total, item) => total + Number(item[key] ?? 0), 0) / 1024;
  return {
    scores: Object.fromEntries(
      categories.map((category) => [
        category,
        Math.round((lhr.categories[category]?.score ?? 0) * 100),
      ]),
    ) as RunResult['scores'],
    scriptKb: sum('resourceSize'),
    scriptTransferKb: sum('transferSize'),
    failures: categories
      .filter((category) => category !== 'performance')
      .flatMap((category) =>
        (lhr.categories[category]?.auditRefs ?? [])
          .filter((ref) => ref.weight > 0 && (lhr.audits[ref.id]?.score ?? 1) < 1)
          .map((ref) => `${category}: ${lhr.audits[ref.id]?.title ?? ref.id}`),
      ),
  };
}

const { portalUrl, stop } = await startStack();
const chrome = await launch({
  chromePath,
  chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'],
});
try {
  const rows: Record<string, string | number>[] = [];
  const failures = new Map<string, Set<string>>();
  for (const [name, pagePath] of Object.entries(pages)) {
    const url = `${portalUrl}${pagePath}`;
    await fetch(url); // fill the server's data cache so runs measure the page, not a cold start
    const results: RunResult[] = [];
    for (let run = 0; run < runs; run++) results.push(await audit(url, chrome.port));
    rows.push({
      page: name,
      ...Object.fromEntries(
        categories.map((category) => [
          category,
          median(results.map((item) => item.scores[category])),
        ]),
      ),
      'JS KB': Math.round(median(results.map((item) => item.scriptKb))),
      'JS KB gzip': Math.round(median(results.map((item) => item.scriptTransferKb))),
      'performance runs': results.map((item) => item.scores.performance).join(' '),
    });
    const failed = new Set(results.flatMap((item) => item.failures));
    if (failed.size > 0) failures.set(name, failed);
    console.log(`${name}: ${url} audited ${runs}×`);
  }
  console.log(`\nLighthouse ${runs} runs per page, medians (mobile emulation, production build):`);
  console.table(rows);
  for (const [name, failed] of failures) {
    console.log(`\n${name} loses points on:\n  ${[...failed].join('\n  ')}`);
  }
} finally {
  chrome.kill();
  await stop();
}
