import { expect, test } from '../support/fixtures';
import { horizontalOverflow, shownFigures } from '../support/page-figures';
import { expectShownValue } from '../support/shown-values';

test.describe('home page', () => {
  test('shows the latest world figures from the database, each with its period and source', async ({
    page,
    db,
  }) => {
    await page.goto('/');
    const headlines = page.getByRole('region', { name: 'The world in figures' });
    const figures = await shownFigures(headlines);
    expect(figures.length).toBeGreaterThanOrEqual(4);
    for (const figure of figures) {
      const stored = await db.latestFigure(figure.indicator, figure.region);
      expect(figure.period, `${figure.indicator} period`).toBe(stored.period);
      expect(figure.value, `${figure.indicator} value`).toBe(stored.value);
      expectShownValue(figure, stored, figure.indicator);
      expect(stored.sourceTitle).not.toBeNull();
      expect(figure.text).toContain(stored.sourceTitle!);
    }
  });

  test('ranks the leading countries as the database does', async ({ page, db }) => {
    await page.goto('/');
    const table = page.locator('table[data-ranking]');
    const indicator = (await table.getAttribute('data-ranking'))!;
    const shown = await shownFigures(table);
    const stored = await db.ranking(indicator);
    const { unit } = await db.indicator(indicator);
    expect(shown.length).toBeGreaterThan(0);
    expect(shown.map((figure) => figure.value)).toEqual(
      stored.slice(0, shown.length).map((row) => row.value),
    );
    for (const figure of shown) {
      const row = stored.find((candidate) => candidate.region === figure.region);
      expect(row?.value).toBe(figure.value);
      expectShownValue(figure, { value: row!.value, unit }, `${indicator} ${figure.region}`);
      expect(figure.period).toBe(stored[0]!.period);
    }
  });

  test('lists the newest published articles and fits the screen', async ({ page, db }) => {
    const newest = (await db.publishedArticles()).slice(0, 6);
    await page.goto('/');
    const links = page
      .getByRole('region', { name: 'Latest articles' })
      .getByRole('listitem')
      .getByRole('link');
    await expect(links).toHaveCount(newest.length);
    expect(
      await links.evaluateAll((anchors) => anchors.map((anchor) => anchor.getAttribute('href'))),
    ).toEqual(newest.map((article) => `/articles/${article.slug}`));
    expect(await horizontalOverflow(page.locator('body'))).toBeLessThanOrEqual(0);
  });
});
