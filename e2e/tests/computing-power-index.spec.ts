import { expect, test } from '../support/fixtures';

interface IndexAnswer {
  computingPowerIndex: {
    period: string;
    entries: { rank: number; score: number; region: { code: string } }[];
  };
}

const indexQuery = `query ($weights: IndexWeightsInput) {
  computingPowerIndex(weights: $weights) { period entries { rank score region { code } } }
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
