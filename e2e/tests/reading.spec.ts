import type { Locator, Page } from '@playwright/test';
import { expectNoAxeViolations } from '../support/axe';
import { expect, test } from '../support/fixtures';

const longArticle = 'measuring-computing-power';
const indicator = 'top500_rmax_pflops';

async function cardTitles(list: Locator): Promise<string[]> {
  return (await list.getByRole('heading', { level: 3 }).allTextContents()).map((t) => t.trim());
}

function sorted(titles: string[]): string[] {
  return [...titles].sort();
}

/** What a chart shows: its legend and the geometry of its lines. */
async function chartState(page: Page) {
  const chart = page.locator('figure[data-chart]').first();
  await expect(chart).toBeVisible();
  return {
    legend: await page.getByRole('list', { name: 'Legend' }).first().innerText(),
    lines: await chart
      .locator('svg path')
      .evaluateAll((paths) => paths.map((path) => path.getAttribute('d'))),
  };
}

test.describe('topics', () => {
  test('the topics page lists pillars and subjects, each page its articles', async ({
    page,
    db,
  }) => {
    await page.goto('/');
    const nav = page.getByRole('navigation', { name: /^(Main|Sections)$/ }).filter({
      visible: true,
    });
    await nav.getByRole('link', { name: 'Topics' }).click();
    await expect(page).toHaveURL(/\/topics$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Topics');
    const byPillar = page.getByRole('region', { name: 'By pillar' });
    await expect(byPillar.getByRole('link', { name: 'Capacity', exact: true })).toBeVisible();
    await expect(
      page
        .getByRole('region', { name: 'By subject' })
        .getByRole('link', { name: 'Country profile' }),
    ).toBeVisible();

    for (const [slug, name] of [
      ['capacity', 'Capacity'],
      ['country-profile', 'Country profile'],
    ] as const) {
      await page.goto('/topics');
      await page.getByRole('link', { name, exact: true }).click();
      await expect(page).toHaveURL(new RegExp(`/topics/${slug}$`));
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(name);
      const titles = await cardTitles(page.getByRole('region', { name: 'Articles' }));
      expect(sorted(titles)).toEqual(await db.topicArticleTitles(slug));
      expect(titles.length).toBeGreaterThan(0);
    }
  });

  test('an unknown topic is not found', async ({ page }) => {
    const response = await page.goto('/topics/no-such-topic');
    expect(response?.status()).toBe(404);
  });

  test('an article links to its topics, and each topic lists it', async ({ page }) => {
    await page.goto(`/articles/${longArticle}`);
    const title = (await page.getByRole('heading', { level: 1 }).innerText()).trim();
    const topics = page.getByRole('navigation', { name: 'Topics' });
    const first = topics.getByRole('link').first();
    const name = (await first.innerText()).trim();
    await first.click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(name);
    await expect(
      page.getByRole('region', { name: 'Articles' }).getByRole('link', { name: title }),
    ).toBeVisible();
  });
});

test.describe('articles where they are used', () => {
  test('an indicator page and a region page list the articles that use them', async ({
    page,
    db,
  }) => {
    await page.goto(`/indicators/${indicator}`);
    const indicatorArticles = page.getByRole('region', { name: 'Articles that use it' });
    expect(sorted(await cardTitles(indicatorArticles))).toEqual(
      await db.linkedArticleTitles('indicator', indicator),
    );

    await page.goto('/regions/USA');
    const regionArticles = page.getByRole('region', { name: 'Articles about United States' });
    const expected = await db.linkedArticleTitles('region', 'USA');
    expect(expected.length).toBeGreaterThan(0);
    expect(sorted(await cardTitles(regionArticles))).toEqual(expected);
  });

  test('an article ends with the related articles the API ranks first', async ({ page, api }) => {
    const data = await api.query<{ article: { related: { title: string; slug: string }[] } }>(
      `query ($slug: String!) { article(slug: $slug) { related(first: 3) { slug title } } }`,
      { slug: longArticle },
    );
    expect(data.article.related.length).toBeGreaterThan(0);
    await page.goto(`/articles/${longArticle}`);
    const related = page.getByRole('region', { name: 'Related articles' });
    expect(await cardTitles(related)).toEqual(data.article.related.map((a) => a.title));
    await related.getByRole('link', { name: data.article.related[0]!.title }).click();
    await expect(page).toHaveURL(new RegExp(`/articles/${data.article.related[0]!.slug}$`));
  });
});

test.describe('citations', () => {
  for (const query of ['', '?regions=USA,CHN,JPN&scale=log', '?view=table&measure=per-capita']) {
    test(`the permalink of an indicator view reproduces it (${query || 'default view'})`, async ({
      page,
    }) => {
      await page.goto(`/indicators/${indicator}${query}`);
      const cite = page.locator('details', { has: page.getByText('Cite this view') });
      await cite.locator('summary').click();
      const permalink = await cite.locator('[data-citation="permalink"]').getAttribute('href');
      const url = new URL(permalink!);
      const plain = await cite.locator('[data-citation="plain"]').innerText();
      expect(plain).toContain('Compute Atlas');
      expect(plain).toContain(permalink!);
      // The period and access date as the reader sees them ("June 2025", "3 December 2026").
      expect(plain).toMatch(/Figures to \w+ \d+\./);
      expect(plain).toMatch(/\(accessed \d+ \w+ \d+\)\.$/);
      const bibtex = await cite.locator('[data-citation="bibtex"]').innerText();
      expect(bibtex).toMatch(/^@misc\{computeatlas:top500_rmax_pflops,/);
      expect(bibtex).toContain(`url = {${permalink}}`);

      // The permalink carries every part of the view, including the regions picked by default.
      for (const [name, value] of new URL(page.url()).searchParams) {
        expect(url.searchParams.get(name), name).toBe(value);
      }
      expect(url.searchParams.get('regions')).toBeTruthy();
      const view = new URL(page.url()).searchParams.get('view');
      const shown =
        view === 'table'
          ? await page.locator('table[data-table="observations"]').innerText()
          : await chartState(page);

      await page.goto(`${url.pathname}${url.search}`);
      expect(
        view === 'table'
          ? await page.locator('table[data-table="observations"]').innerText()
          : await chartState(page),
      ).toEqual(shown);
    });
  }

  test('a chart in an article cites a permalink that opens the same regions', async ({ page }) => {
    await page.goto(`/articles/${longArticle}`);
    const figure = page.locator('.prose-atlas figure[data-chart]').first();
    const legend = await figure.getByRole('list', { name: 'Legend' }).innerText();
    await figure.locator('summary', { hasText: 'Cite this chart' }).click();
    const permalink = await figure.locator('[data-citation="permalink"]').getAttribute('href');
    const url = new URL(permalink!);
    await page.goto(`${url.pathname}${url.search}`);
    await expect(page.getByRole('list', { name: 'Legend' }).first()).toHaveText(legend);
  });

  test('the citation copies to the clipboard and passes axe open', async ({ page, context }) => {
    test.slow();
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto(`/articles/${longArticle}`);
    const cite = page.locator('details', { has: page.getByText('Cite this article') });
    await cite.locator('summary').click();
    const plain = await cite.locator('[data-citation="plain"]').innerText();
    expect(plain).toContain(`/articles/${longArticle}`);
    await cite.getByRole('button', { name: 'Copy citation as plain text' }).click();
    await expect(cite.getByRole('button', { name: 'Copy citation as plain text' })).toHaveText(
      'Copied',
    );
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(plain);
    await expectNoAxeViolations(page);
  });
});

test.describe('reading comfort', () => {
  test('a long article shows its reading time and a table of contents whose links lead to the headings', async ({
    page,
  }) => {
    await page.goto(`/articles/${longArticle}`);
    await expect(page.getByText(/\d+ min read/)).toBeVisible();
    const phoneToc = page.locator('details', { hasText: 'On this page' });
    if (await phoneToc.isVisible()) await phoneToc.locator('summary').click();
    const toc = page.getByRole('navigation', { name: 'Table of contents' }).filter({
      visible: true,
    });
    const links = toc.getByRole('link');
    expect(await links.count()).toBeGreaterThan(3);
    const last = links.last();
    const target = (await last.getAttribute('href'))!;
    const text = (await last.innerText()).trim();
    await last.click();
    await expect(page).toHaveURL(new RegExp(`${target}$`));
    const heading = page.locator(target);
    await expect(heading).toHaveText(text);
    await expect(heading).toBeInViewport();
  });

  test('an article prints with its figures and sources, without the navigation', async ({
    page,
  }) => {
    await page.goto(`/articles/${longArticle}`);
    await page.emulateMedia({ media: 'print', colorScheme: 'dark' });
    await expect(page.getByRole('banner')).toBeHidden();
    await expect(page.getByRole('contentinfo')).toBeHidden();
    await expect(page.getByRole('navigation', { name: 'Table of contents' })).toBeHidden();
    await expect(page.locator('.prose-atlas figure[data-chart]').first()).toBeVisible();
    const sources = page.getByRole('region', { name: 'How we know' });
    await expect(sources).toBeVisible();
    const link = sources.getByRole('link').first();
    const href = await link.getAttribute('href');
    const printed = await link.evaluate((element) => getComputedStyle(element, '::after').content);
    expect(printed).toContain(href!);
    // Printed in the light scheme whatever the reader's theme.
    const background = await page.evaluate(
      () => getComputedStyle(document.documentElement).backgroundColor,
    );
    expect(background).toBe('rgb(255, 255, 255)');
  });

  test("an article's share image is a picture of its title", async ({ page, request }) => {
    await page.goto(`/articles/${longArticle}`);
    const image = await page.locator('meta[property="og:image"]').getAttribute('content');
    expect(image).toMatch(new RegExp(`/articles/${longArticle}/opengraph-image`));
    const response = await request.get(new URL(image!).pathname + new URL(image!).search);
    expect(response.status()).toBe(200);
    expect(response.headers()['content-type']).toBe('image/png');
    expect((await response.body()).byteLength).toBeGreaterThan(1000);
    expect(
      await page.locator('meta[property="og:image:alt"]').getAttribute('content'),
    ).toBeTruthy();
  });
});
