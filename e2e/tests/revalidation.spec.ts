import { stringify } from 'csv-stringify/sync';
import type { StoredFigure } from '../support/database';
import { expect, test } from '../support/fixtures';
import { shownFigures } from '../support/page-figures';
import { readStack } from '../support/stack';

// An indicator no other test reads, so that changing it for a moment disturbs nothing else.
const indicator = 'storage_capacity_eb';
const region = 'CHN';
const path = `/indicators/${indicator}?view=table&regions=${region}`;

/** Imports one observation through the API, as a machine client does. */
async function importObservation(
  apiKey: string,
  figure: StoredFigure,
  value: number,
): Promise<void> {
  const csv = stringify([
    ['region_code', 'indicator_code', 'period', 'value', 'status', 'source_key', 'note'],
    [
      region,
      indicator,
      figure.period,
      String(value),
      figure.status,
      figure.sourceKey ?? '',
      figure.note ?? '',
    ],
  ]);
  const response = await fetch(
    `${(await readStack()).apiUrl}/import?fileName=e2e-live-update.csv`,
    {
      method: 'POST',
      headers: { 'content-type': 'text/csv', authorization: `Bearer ${apiKey}` },
      body: csv,
    },
  );
  expect(response.status, await response.clone().text()).toBe(200);
}

test.describe('fresh figures', () => {
  test('an open indicator page updates live when the API imports a new value, and stays updated on reload', async ({
    page,
    db,
  }) => {
    test.slow();
    const apiKey = await db.ensureApiKey(['observations:write']);
    const latest = await db.latestFigure(indicator, region);
    const shownValue = async () => {
      const rows = await shownFigures(page.locator('table[data-table="observations"]'));
      return rows.find((row) => row.period === latest.period)?.value;
    };
    await page.goto(path);
    expect(await shownValue()).toBe(latest.value);
    await expect(page.locator('[data-live-updates]')).toHaveAttribute(
      'data-live-updates',
      'connected',
    );

    const changed = latest.value + 1;
    await importObservation(apiKey, latest, changed);
    try {
      await expect(page.locator('[data-live-updates]')).toContainText(/Updated: China/, {
        timeout: 15_000,
      });
      await expect.poll(shownValue, { timeout: 15_000 }).toBe(changed);
      await page.reload();
      expect(await shownValue()).toBe(changed);
    } finally {
      await importObservation(apiKey, latest, latest.value);
    }
    await expect
      .poll(async () => (await page.reload(), shownValue()), { timeout: 15_000 })
      .toBe(latest.value);
  });

  test('the revalidation route refuses callers without the secret', async ({ request }) => {
    const tags = { tags: ['articles'] };
    expect((await request.post('/api/revalidate', { data: tags })).status()).toBe(401);
    const wrong = await request.post('/api/revalidate', {
      headers: { authorization: 'Bearer not-the-secret' },
      data: tags,
    });
    expect(wrong.status()).toBe(401);
  });
});
