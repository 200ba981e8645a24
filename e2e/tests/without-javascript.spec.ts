import { expect, test } from '../support/fixtures';

test.use({ javaScriptEnabled: false });

test.describe('without JavaScript', () => {
  test('the chart renders on the server and the region form still changes it', async ({
    page,
    db,
  }) => {
    const ranking = await db.ranking('top500_systems');
    const added = ranking[7]!;
    await page.goto('/indicators/top500_systems');
    const chart = page.locator('figure[data-chart="top500_systems"]');
    expect(await chart.locator('svg path').count()).toBeGreaterThan(5);

    await page.locator('summary', { hasText: 'Regions:' }).click();
    await page.getByRole('checkbox', { name: added.regionName, exact: true }).check();
    await page.getByRole('button', { name: 'Show these regions' }).click();
    await expect(page).toHaveURL(new RegExp(`regions=.*${added.region}`));
    await expect(chart.getByRole('list', { name: 'Legend' })).toContainText(added.regionName);
  });

  test('the views and the map are plain links and server-drawn pictures', async ({ page }) => {
    await page.goto('/indicators/top500_systems');
    await page
      .getByRole('navigation', { name: 'Views' })
      .getByRole('link', { name: 'Map' })
      .click();
    await expect(page).toHaveURL(/view=map/);
    await expect(page.getByRole('img', { name: /World map of TOP500 systems/ })).toBeVisible();
    expect(await page.locator('svg use').count()).toBeGreaterThan(100);
  });
});
