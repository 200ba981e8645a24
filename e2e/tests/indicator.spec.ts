import { formatPeriod } from '@atlas/domain';
import { expect, test } from '../support/fixtures';
import { horizontalOverflow } from '../support/page-figures';
import { expectShownValue } from '../support/shown-values';

const code = 'top500_rmax_pflops';

test.describe('indicator page', () => {
  test('charts the leading countries and lists the sources of the indicator', async ({
    page,
    db,
  }) => {
    const indicator = await db.indicator(code);
    const ranking = await db.ranking(code);
    await page.goto(`/indicators/${code}`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(indicator.name);

    const chart = page.locator(`figure[data-chart="${code}"]`);
    await expect(chart.getByRole('img')).toBeVisible();
    const legend = chart.getByRole('list', { name: 'Legend' }).getByRole('listitem');
    await expect(legend).toHaveText(ranking.slice(0, 5).map((row) => row.regionName));

    // The chart's values are text only in each point's tooltip: "Region, period: value unit".
    const tooltips = await chart.locator('svg title').allTextContents();
    for (const row of ranking.slice(0, 5)) {
      const prefix = `${row.regionName}, ${formatPeriod(row.period)}: `;
      const tooltip = tooltips.find((text) => text.startsWith(prefix));
      expect(tooltip, `a point for ${prefix}`).toBeDefined();
      expectShownValue(
        { shown: tooltip!.slice(prefix.length) },
        { value: row.value, unit: indicator.unit },
        `chart ${row.region} ${row.period}`,
      );
    }

    const sources = page.getByRole('region', { name: 'Sources' });
    for (const title of indicator.sourceTitles) {
      await expect(sources.getByRole('link', { name: title, exact: true })).toBeVisible();
    }
    expect(await horizontalOverflow(page.locator('body'))).toBeLessThanOrEqual(0);
  });

  test('answers 404 for an unknown indicator', async ({ page }) => {
    const response = await page.goto('/indicators/no_such_indicator');
    expect(response?.status()).toBe(404);
  });
});
