import { expect, test } from '../support/fixtures';
import { seededArticle } from '../support/stack';

const pages = [
  '/',
  `/articles/${seededArticle}`,
  '/indicators/top500_rmax_pflops',
  '/indicators/top500_systems?view=map',
  '/regions/JPN',
  '/computing-power-index',
];

test('pages load everything from this machine: no font, script or image from another host', async ({
  page,
}) => {
  const elsewhere: string[] = [];
  page.on('request', (request) => {
    const { hostname, protocol } = new URL(request.url());
    if (protocol !== 'data:' && !['localhost', '127.0.0.1', '[::1]'].includes(hostname)) {
      elsewhere.push(request.url());
    }
  });
  for (const path of pages) {
    await page.goto(path);
    await page.waitForLoadState('networkidle');
  }
  expect(elsewhere).toEqual([]);
});
