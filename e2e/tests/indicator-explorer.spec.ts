import { readFile } from 'node:fs/promises';
import { parse } from 'csv-parse/sync';
import { expect, test } from '../support/fixtures';
import { shownFigures } from '../support/page-figures';

const code = 'top500_rmax_pflops';

test.describe('exploring an indicator', () => {
  test('choosing regions and a view puts them in the URL, and the URL reproduces them', async ({
    page,
    db,
  }) => {
    const ranking = await db.ranking(code);
    const added = ranking[6]!;
    await page.goto(`/indicators/${code}`);

    await page.locator('summary', { hasText: 'Regions:' }).click();
    await page.getByRole('checkbox', { name: added.regionName, exact: true }).check();
    await page.getByRole('button', { name: 'Show these regions' }).click();
    await expect(page).toHaveURL(new RegExp(`regions=[A-Z,]*${added.region}`));
    const legend = page.getByRole('list', { name: 'Legend' });
    await expect(legend).toContainText(added.regionName);

    await page
      .getByRole('navigation', { name: 'Views' })
      .getByRole('link', { name: 'Table' })
      .click();
    await expect(page).toHaveURL(/view=table/);
    const shared = page.url();

    await page.goto(shared);
    await expect(
      page.getByRole('navigation', { name: 'Views' }).getByRole('link', { name: 'Table' }),
    ).toHaveAttribute('aria-current', 'page');
    const rows = await shownFigures(page.locator('table[data-table="observations"]'));
    const regions = [...new Set(rows.map((row) => row.region))];
    expect(regions).toContain(added.region);
    expect(regions).toHaveLength(6);
    for (const row of rows.filter((item) => item.region === added.region)) {
      expect(row.value).toBe((await db.figure(code, row.region, row.period)).value);
    }
  });

  test('the CSV download holds exactly the rows of the table', async ({ page }) => {
    await page.goto(`/indicators/${code}?view=table&regions=USA,CHN,JPN&measure=per-capita`);
    const table = await shownFigures(page.locator('table[data-table="observations"]'));
    expect(table.length).toBeGreaterThan(0);

    const downloading = page.waitForEvent('download');
    await page.getByRole('link', { name: 'Download CSV' }).click();
    const download = await downloading;
    expect(download.suggestedFilename()).toMatch(/\.csv$/);
    const records = parse(await readFile((await download.path())!, 'utf8'), {
      columns: true,
    }) as Record<string, string>[];
    expect(
      records.map((record) => [record.region_code, record.period, Number(record.value)]),
    ).toEqual(table.map((row) => [row.region, row.period, row.value]));
    expect(new Set(records.map((record) => record.unit))).toEqual(
      new Set(['PFLOP/s per million people']),
    );
  });

  test('the map view ranks every country of the latest list as the database does', async ({
    page,
    db,
  }) => {
    const ranking = await db.ranking(code);
    await page.goto(`/indicators/${code}?view=map`);
    await expect(page.getByRole('img', { name: /World map of/ })).toBeVisible();
    const shown = await shownFigures(page.locator('table[data-ranking]'));
    expect(shown.map((row) => [row.region, row.value, row.period])).toEqual(
      ranking.map((row) => [row.region, row.value, row.period]),
    );
    await expect(page.getByRole('list', { name: 'Map legend' })).toContainText(
      `${ranking.length} countries have a value`,
    );
  });

  test('the query panel shows a request that the API answers with the charted values', async ({
    page,
    api,
  }) => {
    await page.goto(`/indicators/${code}?regions=USA,JPN`);
    await page.getByText('Query this data').click();
    const panel = page.locator('details', { hasText: 'Query this data' });
    const [query, variables] = await panel.locator('pre code').allTextContents();
    const answer = await api.query<{
      indicator: {
        chart: { series: { region: { code: string }; points: { value: number }[] }[] };
      };
    }>(query!, JSON.parse(variables!) as Record<string, unknown>);
    const { series } = answer.indicator.chart;
    expect(series.map((item) => item.region.code)).toEqual(['USA', 'JPN']);
    const titles = await page.locator('figure[data-chart] svg title').allTextContents();
    expect(titles.length).toBe(series.flatMap((item) => item.points).length);
  });

  test('the embeddable chart shows the same selection on its own', async ({ page }) => {
    await page.goto(`/embed/indicators/${code}?regions=USA,CHN`);
    await expect(page.getByRole('banner')).toHaveCount(0);
    await expect(page.getByRole('list', { name: 'Legend' }).getByRole('listitem')).toHaveCount(2);
    await expect(
      page.getByRole('link', { name: 'TOP500 aggregate Rmax', exact: true }),
    ).toHaveAttribute('href', `/indicators/${code}?regions=USA,CHN`);
  });
});
