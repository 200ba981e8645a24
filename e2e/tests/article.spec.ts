import { findLiveBlocks } from '@atlas/domain';
import { expect, test } from '../support/fixtures';
import { horizontalOverflow, shownFigures } from '../support/page-figures';
import { expectShownValue } from '../support/shown-values';
import { seededArticle } from '../support/stack';

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

test.describe('article page', () => {
  test('renders every live figure of every published article as stored in the database', async ({
    page,
    db,
  }) => {
    test.slow(); // one page per published article
    const articles = await db.publishedArticles();
    expect(articles.length).toBeGreaterThan(0);
    for (const article of articles) {
      await page.goto(`/articles/${article.slug}`);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(article.title);
      const body = page.locator('.prose-atlas');
      await expect(body.getByRole('note')).toHaveCount(0);

      const blocks = findLiveBlocks(article.body);
      const liveBlocks = blocks.filter((block) => block.name === 'live').length;
      const figures = await shownFigures(body);
      expect(figures.length, `${article.slug}: live figures`).toBeGreaterThanOrEqual(liveBlocks);
      for (const figure of figures) {
        const stored = await db.figure(figure.indicator, figure.region, figure.period);
        const label = `${article.slug}: ${figure.indicator} ${figure.region} ${figure.period}`;
        expect(figure.value, label).toBe(stored.value);
        expectShownValue(figure, stored, label);
      }

      const charts = blocks.filter((block) => block.name === 'chart' && !block.inline).length;
      await expect(body.locator('figure[data-chart]')).toHaveCount(charts);
      expect(await horizontalOverflow(body)).toBeLessThanOrEqual(0);
    }
  });

  test('cites the source of every inline figure in the "How we know" list', async ({
    page,
    db,
  }) => {
    await page.goto(`/articles/${seededArticle}`);
    const inline = page.locator('.prose-atlas p [data-figure]');
    const figures = await shownFigures(page.locator('.prose-atlas p'));
    expect(figures.length).toBeGreaterThan(0);
    for (const [index, figure] of figures.entries()) {
      const stored = await db.figure(figure.indicator, figure.region, figure.period);
      const reference = inline.nth(index).getByRole('link', { name: /^Source \d+:/ });
      await expect(reference).toHaveAccessibleName(
        new RegExp(`: ${escapeRegExp(stored.sourceTitle!)}$`),
      );
      const target = (await reference.getAttribute('href'))!;
      await expect(page.locator(target)).toContainText(stored.sourceTitle!);
      await expect(page.getByRole('region', { name: 'How we know' }).locator(target)).toHaveCount(
        1,
      );
    }
  });

  test('shows the live numbers the API gives for the same indicator, region and period', async ({
    page,
    api,
  }) => {
    await page.goto(`/articles/${seededArticle}`);
    const figures = await shownFigures(page.locator('.prose-atlas'));
    expect(figures.length).toBeGreaterThan(0);
    for (const figure of figures) {
      const { series } = await api.query<{
        series: { indicator: { unit: string }; points: { period: string; value: number }[] }[];
      }>(
        `query ($indicator: String!, $region: String!, $period: String!) {
          series(indicators: [$indicator], regions: [$region], from: $period, to: $period) {
            indicator { unit }
            points { period value }
          }
        }`,
        { indicator: figure.indicator, region: figure.region, period: figure.period },
      );
      const point = series[0]?.points.find((candidate) => candidate.period === figure.period);
      const label = `${figure.indicator} ${figure.region} ${figure.period}`;
      expect(point?.value, label).toBe(figure.value);
      expectShownValue(figure, { value: point!.value, unit: series[0]!.indicator.unit }, label);
    }
  });

  test('answers 404 for an article that does not exist', async ({ page }) => {
    const response = await page.goto('/articles/no-such-article');
    expect(response?.status()).toBe(404);
  });
});
