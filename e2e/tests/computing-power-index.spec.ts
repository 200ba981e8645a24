import { expect, test } from '../support/fixtures';

interface IndexAnswer {
  computingPowerIndex: {
    period: string;
    entries: { rank: number; score: number; region: { code: string } }[];
    weights: { indicators: { indicator: { name: string }; regionsCovered: number }[] }[];
  };
}

const indexQuery = `query ($weights: IndexWeightsInput) {
  computingPowerIndex(weights: $weights) {
    period entries { rank score region { code } }
    weights { indicators { indicator { name } regionsCovered } }
  }
}`;

async function shownRanking(page: import('@playwright/test').Page) {
  return page.locator('table[data-index-ranking] tbody tr').evaluateAll((rows) =>
    rows.map((row) => ({
      region: row.getAttribute('data-region'),
      rank: Number(row.querySelector('td')?.textContent),
      score: Number(row.querySelector('data')?.getAttribute('value')),
    })),
  );
}

test.describe('Computing Power Index', () => {
  test('shows the ranking the API computes with the default weights', async ({ page, api }) => {
    const { computingPowerIndex } = await api.query<IndexAnswer>(indexQuery);
    await page.goto('/computing-power-index');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      `Computing Power Index ${computingPowerIndex.period}`,
    );
    expect(await shownRanking(page)).toEqual(
      computingPowerIndex.entries.map((entry) => ({
        region: entry.region.code,
        rank: entry.rank,
        score: entry.score,
      })),
    );
  });

  test('shows per pillar the indicators that count and how many countries each covers', async ({
    page,
    api,
  }) => {
    const { computingPowerIndex } = await api.query<IndexAnswer>(indexQuery);
    await page.goto('/computing-power-index');
    const weights = page.locator('section[aria-labelledby="weights"]');
    const indicators = computingPowerIndex.weights.flatMap((pillar) => pillar.indicators);
    // Every pillar of the index draws on at least two indicators by default.
    expect(computingPowerIndex.weights.every((pillar) => pillar.indicators.length >= 2)).toBe(true);
    for (const { indicator, regionsCovered } of indicators) {
      const item = weights
        .locator('li li')
        .filter({ has: page.getByRole('link', { name: indicator.name, exact: true }) });
      await expect(item).toContainText(
        `${regionsCovered} countries with a value in ${computingPowerIndex.period}`,
      );
    }
  });

  test('changing the weights recomputes the ranking through the API and keeps the weights in the URL', async ({
    page,
    api,
  }) => {
    await page.goto('/computing-power-index');
    const weights = page.getByRole('group', { name: 'Pillar weights' }).getByRole('spinbutton');
    const count = await weights.count();
    expect(count).toBeGreaterThan(1);
    for (let index = 0; index < count; index++)
      await weights.nth(index).fill(index === 0 ? '1' : '0');
    const firstPillar = (await weights.first().getAttribute('name'))!.replace(/^w\./, '');
    await page.getByRole('button', { name: 'Recompute the ranking' }).click();
    await expect(page).toHaveURL(new RegExp(`w\\.${firstPillar}=1`));
    await expect(page.getByRole('heading', { name: 'Ranking with your weights' })).toBeVisible();

    const pillars = await weights.evaluateAll((inputs) =>
      inputs.map((input) => ({
        pillar: (input as HTMLInputElement).name.replace(/^w\./, ''),
        weight: Number((input as HTMLInputElement).value),
      })),
    );
    const { computingPowerIndex } = await api.query<IndexAnswer>(indexQuery, {
      weights: { pillars },
    });
    expect(await shownRanking(page)).toEqual(
      computingPowerIndex.entries.map((entry) => ({
        region: entry.region.code,
        rank: entry.rank,
        score: entry.score,
      })),
    );

    await page.reload();
    await expect(weights.first()).toHaveValue('1');
  });
});
