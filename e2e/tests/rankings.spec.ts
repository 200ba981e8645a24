import { formatPeriod } from '@atlas/domain';
import type { Page } from '@playwright/test';
import { expect, test } from '../support/fixtures';

interface RankingAnswer {
  ranking: {
    period: string;
    entries: { rank: number; value: number; region: { code: string; name: string } }[];
  };
  indicator: { name: string; unit: string; periods: string[] };
}

const rankingQuery = `query ($indicator: String!, $period: String) {
  ranking(indicator: $indicator, period: $period) {
    period entries { rank value region { code name } }
  }
  indicator(code: $indicator) { name unit periods }
}`;

/** The rows of the ranking table as shown, top to bottom. */
async function shownRows(page: Page) {
  return page.locator('table[data-ranking] tbody tr').evaluateAll((rows) =>
    rows.map((row) => ({
      region: row.getAttribute('data-region')!,
      rank: Number(row.querySelector('td')?.textContent),
      value: Number(row.querySelector('data')?.getAttribute('value')),
    })),
  );
}

test.describe('rankings', () => {
  test('a reader ranks any indicator in any period, sorts the table and opens a country', async ({
    page,
    api,
  }, testInfo) => {
    await page.goto('/');
    const navigation = page.getByRole('navigation', {
      name: testInfo.project.name === 'phone' ? 'Sections' : 'Main',
    });
    await navigation.getByRole('link', { name: 'Rankings' }).click();
    await expect(page).toHaveURL(/\/rankings$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Rankings');

    // An older period than the latest, so that the choice visibly changes the ranking.
    const { indicator } = await api.query<RankingAnswer>(rankingQuery, {
      indicator: 'top500_systems',
    });
    const period = indicator.periods.at(-5)!;
    await page.getByLabel('Indicator').selectOption('top500_systems');
    await page.getByRole('button', { name: 'Show the ranking' }).click();
    await expect(page).toHaveURL(/indicator=top500_systems/);
    await page.getByLabel('Period').selectOption(period);
    await page.getByRole('button', { name: 'Show the ranking' }).click();
    await expect(page).toHaveURL(new RegExp(`indicator=top500_systems&period=${period}`));
    await expect(page.getByRole('heading', { level: 2 }).first()).toHaveText(
      `${indicator.name}, ${formatPeriod(period)}`,
    );

    const { ranking } = await api.query<RankingAnswer>(rankingQuery, {
      indicator: 'top500_systems',
      period,
    });
    expect(ranking.entries.length).toBeGreaterThan(5);
    const byRank = ranking.entries.map((entry) => ({
      region: entry.region.code,
      rank: entry.rank,
      value: entry.value,
    }));
    expect(await shownRows(page)).toEqual(byRank);

    const head = page.locator('table[data-ranking] thead');
    await head.getByRole('link', { name: 'Region' }).click();
    await expect(page).toHaveURL(/sort=name/);
    await expect(head.locator('th[aria-sort="ascending"]')).toContainText('Region');
    const byName = [...ranking.entries]
      .sort((a, b) => a.region.name.localeCompare(b.region.name, 'en'))
      .map((entry) => entry.region.code);
    expect((await shownRows(page)).map((row) => row.region)).toEqual(byName);

    await head.getByRole('link', { name: indicator.unit }).click();
    await expect(page).toHaveURL(/sort=value/);
    await head.getByRole('link', { name: indicator.unit }).click();
    await expect(page).toHaveURL(/sort=value&dir=asc/);
    const values = (await shownRows(page)).map((row) => row.value);
    expect(values).toEqual([...byRank.map((row) => row.value)].sort((a, b) => a - b));

    const first = ranking.entries.find((entry) => entry.value === values[0])!;
    await page
      .locator(`tr[data-region="${first.region.code}"]`)
      .getByRole('link', { name: first.region.name })
      .click();
    await expect(page).toHaveURL(new RegExp(`/regions/${first.region.code}$`));
    await expect(page.getByRole('heading', { level: 1 })).toContainText(first.region.name);
  });

  test('the indicator page a ranking links to shows when it was last updated and its coverage', async ({
    page,
    api,
  }) => {
    const { indicator } = await api.query<{
      indicator: {
        name: string;
        lastUpdated: string;
        coverage: {
          countryCount: number;
          periodCount: number;
          firstPeriod: string;
          lastPeriod: string;
        };
      };
    }>(
      `{ indicator(code: "top500_rmax_pflops") {
        name lastUpdated coverage { countryCount periodCount firstPeriod lastPeriod }
      } }`,
    );
    await page.goto('/rankings');
    await page.getByRole('link', { name: `More about ${indicator.name}` }).click();
    await expect(page).toHaveURL(/\/indicators\/top500_rmax_pflops$/);
    await expect(page.locator('[data-metadata] time')).toHaveAttribute(
      'datetime',
      indicator.lastUpdated,
    );
    const { coverage } = indicator;
    await expect(page.locator('[data-coverage]')).toContainText(
      `${coverage.countryCount} countries`,
    );
    await expect(page.locator('[data-coverage]')).toContainText(
      `${coverage.periodCount} periods, from ${formatPeriod(coverage.firstPeriod)} to ${formatPeriod(coverage.lastPeriod)}`,
    );
  });
});

test.describe('rankings without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the form ranks another indicator, dropping a period it does not have', async ({
    page,
    api,
  }) => {
    // TOP500 lists are dated by month, the data-centre figures by year.
    const { indicator } = await api.query<RankingAnswer>(rankingQuery, {
      indicator: 'top500_rmax_pflops',
    });
    const period = indicator.periods.at(-1)!;
    await page.goto(`/rankings?period=${period}`);
    await expect(page.getByLabel('Period')).toHaveValue(period);
    await page.getByLabel('Indicator').selectOption('dc_electricity_twh');
    await page.getByRole('button', { name: 'Show the ranking' }).click();
    await expect(page).toHaveURL(/\/rankings\?indicator=dc_electricity_twh$/);
    await expect(page.getByLabel('Period')).toHaveValue('');
    await expect(
      page.locator('table[data-ranking="dc_electricity_twh"] tbody tr').first(),
    ).toBeVisible();
  });
});
