import { expect, test } from '../support/fixtures';
import { shownFigures } from '../support/page-figures';

test.describe('region profile', () => {
  test('shows the index rank the API computes and every indicator at its latest stored value', async ({
    page,
    api,
    db,
  }) => {
    const { computingPowerIndex } = await api.query<{
      computingPowerIndex: { entries: { rank: number; region: { code: string } }[] };
    }>('{ computingPowerIndex { entries { rank region { code } } } }');
    await page.goto('/regions/DEU');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Germany');
    const rank = computingPowerIndex.entries.find((entry) => entry.region.code === 'DEU')!.rank;
    await expect(page.locator('[data-index-rank]')).toHaveAttribute(
      'data-index-rank',
      String(rank),
    );

    const trends = await shownFigures(page.getByRole('region', { name: 'Every indicator' }));
    expect(trends.length).toBeGreaterThan(3);
    for (const figure of trends) {
      const stored = await db.latestFigure(figure.indicator, 'DEU');
      expect([figure.indicator, figure.period, figure.value]).toEqual([
        figure.indicator,
        stored.period,
        stored.value,
      ]);
    }
  });

  test('compares with the peers a reader chooses', async ({ page }) => {
    await page.goto('/regions/DEU');
    await page.locator('summary', { hasText: 'Compared with:' }).click();
    const checked = page.getByRole('checkbox', { checked: true });
    while ((await checked.count()) > 0) await checked.first().uncheck();
    await page.getByRole('checkbox', { name: 'Japan', exact: true }).check();
    await page.getByRole('checkbox', { name: 'France', exact: true }).check();
    await page.getByRole('button', { name: 'Compare' }).click();
    await expect(page).toHaveURL(/peers=/);
    await expect(page.locator('table[data-comparison] thead th')).toHaveText([
      'Indicator',
      'Germany',
      'France',
      'Japan',
    ]);
  });
});
