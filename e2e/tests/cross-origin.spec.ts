import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { expect, isCspViolation, test } from '../support/fixtures';
import { readStack } from '../support/stack';

// A researcher's page on another origin (a notebook, a blog): it reads the open API, shows an
// embedded chart, and cannot frame the studio.

const embedPath = '/embed/indicators/top500_rmax_pflops';
let server: Server;
let otherOrigin: string;

test.beforeAll(async () => {
  const { portalUrl } = await readStack();
  server = createServer((_req, res) => {
    res.setHeader('content-type', 'text/html; charset=utf-8');
    res.end(`<!doctype html><title>Notebook</title>
<iframe id="embed" title="chart" src="${portalUrl}${embedPath}" width="600" height="400"></iframe>
<iframe id="studio" title="studio" src="${portalUrl}/studio" width="600" height="400"></iframe>`);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  otherOrigin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
test.afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

test('a page on another origin reads GraphQL and the CSV export, shows an embed, and cannot frame the studio', async ({
  browser,
}) => {
  const { apiUrl, portalUrl } = await readStack();
  // Its own page: the studio frame is refused with a frame-ancestors report, which is the point.
  const page = await browser.newPage();
  const reports: string[] = [];
  page.on('console', (message) => {
    if (isCspViolation(message.text())) reports.push(message.text());
  });
  await page.goto(otherOrigin);

  const fetched = await page.evaluate(async (api) => {
    const graphql = await fetch(`${api}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ indicator(code: "top500_rmax_pflops") { name } }' }),
    });
    const csv = await fetch(
      `${api}/export/observations.csv?indicators=top500_rmax_pflops&regions=USA`,
    );
    return { graphql: await graphql.json(), csv: await csv.text() };
  }, apiUrl);
  expect(fetched.graphql).toEqual({ data: { indicator: { name: expect.any(String) } } });
  expect(fetched.csv.trim().split('\n').length).toBeGreaterThan(1);
  expect(fetched.csv).toContain('top500_rmax_pflops');

  const embed = page.frameLocator('#embed');
  await expect(embed.locator('svg').first()).toBeVisible();

  // Chromium replaces a refused frame with its own error page: no studio content loads.
  const studioUrl = async () =>
    (await (await page.locator('#studio').elementHandle())?.contentFrame())?.url();
  await expect.poll(studioUrl).toMatch(/^chrome-error:/);
  await expect(page.frameLocator('#studio').getByRole('button', { name: /sign in/i })).toHaveCount(
    0,
  );
  expect(reports.length).toBeGreaterThan(0);
  for (const report of reports) {
    expect(report).toContain(`Framing '${new URL(portalUrl).origin}/'`);
    expect(report).toContain("frame-ancestors 'none'");
  }
  await page.close();
});
