import { expect, test } from '../support/fixtures';
import { seededArticle } from '../support/stack';

test.describe('search', () => {
  test('finds the indicators, regions and articles that match the words typed', async ({
    page,
    db,
  }) => {
    const indicator = await db.indicator('dc_electricity_twh');
    const article = await db.article(seededArticle);
    await page.goto('/');
    await page.getByRole('link', { name: 'Search' }).click();
    await page.getByRole('searchbox', { name: /Search articles/ }).fill('electricity');
    await page.getByRole('button', { name: 'Search', exact: true }).click();
    await expect(page).toHaveURL(/\/search\?q=electricity/);
    await expect(
      page
        .getByRole('region', { name: 'Indicators' })
        .getByRole('link', { name: indicator.name, exact: true }),
    ).toBeVisible();

    await page.getByRole('searchbox').fill('japan');
    await page.getByRole('button', { name: 'Search', exact: true }).click();
    await expect(
      page.getByRole('region', { name: 'Regions' }).getByRole('link', { name: 'Japan' }),
    ).toBeVisible();

    const word = article.title
      .split(/\W+/)
      .reduce((longest, candidate) => (candidate.length > longest.length ? candidate : longest));
    await page.getByRole('searchbox').fill(word);
    await page.getByRole('button', { name: 'Search', exact: true }).click();
    await expect(
      page.getByRole('region', { name: 'Articles' }).getByRole('link', { name: article.title }),
    ).toBeVisible();
  });

  test('says so when nothing matches', async ({ page }) => {
    await page.goto('/search?q=zzzqqqxxy');
    await expect(page.getByText('Nothing matches “zzzqqqxxy”.')).toBeVisible();
  });
});
