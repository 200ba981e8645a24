import { readStack } from '../../support/stack';
import { test } from '../../support/fixtures';
import {
  e2eAdmin,
  e2eEditor,
  expect,
  openInReview,
  signIn,
  signOut,
  studioJourneys,
} from './studio-support';

// These journeys change the shared database one after another (desktop project only).
const studioDb = studioJourneys();

test('an editor writes an article with a live chart, an admin publishes it, and readers see it', async ({
  page,
}) => {
  test.slow();
  const slug = `studio-journey-${Date.now()}`;
  const title = 'China and the United States on the TOP500 list';

  await signIn(page, e2eEditor);
  await page.getByRole('link', { name: 'New article' }).click();
  await page.getByLabel('Title', { exact: true }).fill(title);
  // Raw HTML and script in the Markdown must not run, in the preview or on the public page.
  await page
    .getByLabel('Markdown')
    .fill(
      'How many TOP500 systems each country had, list by list, over a year.\n\n' +
        '<script>window.studioInjected = "script"</script>\n<img src="x" onerror="window.studioInjected = \'onerror\'">\n',
    );

  const helper = page.getByRole('group', { name: 'Insert a live block' });
  await helper.getByLabel('View', { exact: true }).selectOption({ label: 'Line chart over time' });
  await helper.getByLabel('Indicator', { exact: true }).selectOption('top500_systems');
  await helper.getByLabel('Regions', { exact: true }).selectOption(['CHN', 'USA']);
  await helper.getByLabel('From', { exact: true }).selectOption('2019-06');
  await helper.getByLabel('To', { exact: true }).selectOption('2020-06');
  await helper.getByRole('button', { name: 'Insert at cursor' }).click();
  await expect(page.getByLabel('Markdown')).toHaveValue(
    /::chart\{indicator="top500_systems" regions="CHN,USA" from="2019-06" to="2020-06"\}/,
  );
  const preview = page.getByTestId('article-preview');
  await expect(preview.locator('figure[data-chart="top500_systems"]')).toBeVisible();
  await expect(preview.locator('script, img[onerror]')).toHaveCount(0);
  expect(
    await page.evaluate(() => (window as { studioInjected?: string }).studioInjected),
  ).toBeUndefined();
  await expect(
    preview.locator('figure[data-chart] title').filter({ hasText: /^China, Jun 2019: / }),
  ).toHaveCount(1);

  await page.getByLabel('Slug', { exact: true }).fill(slug);
  await page
    .getByLabel('Summary')
    .fill('The number of TOP500 systems in China and the United States, list by list.');
  await page.getByLabel('Tags (comma-separated)').fill('TOP500, Supercomputers');
  await page.getByRole('button', { name: 'Create draft' }).click();
  await expect(page).toHaveURL(/\/studio\/articles\/\d+$/);
  await expect(page.locator('[data-status="DRAFT"]')).toBeVisible();

  await page.getByRole('button', { name: 'Submit for review' }).click();
  await expect(page.locator('[data-status="IN_REVIEW"]')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Publish' })).toHaveCount(0);
  expect(await studioDb().articleStatus(slug)).toBe('IN_REVIEW');
  const draftQuery = {
    query: 'query($slug: String!) { article(slug: $slug) { slug } }',
    variables: { slug },
  };
  const anonymous = await page.request.post(`${(await readStack()).apiUrl}/graphql`, {
    data: draftQuery,
  });
  expect(await anonymous.json()).toEqual({ data: { article: null } });

  await signOut(page);
  await signIn(page, e2eAdmin);
  await openInReview(page, slug, title);
  await page.getByRole('button', { name: 'Publish' }).click();
  await expect(page.locator('[data-status="PUBLISHED"]')).toBeVisible();
  expect(await studioDb().articleStatus(slug)).toBe('PUBLISHED');

  await page.goto(`/articles/${slug}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
  const chart = page.locator('.prose-atlas figure[data-chart="top500_systems"]');
  await expect(chart).toBeVisible();
  const china = await studioDb().observation('top500_systems', 'CHN', '2019-06');
  await expect(
    chart.locator('title').filter({ hasText: `China, Jun 2019: ${china.value} systems` }),
  ).toHaveCount(1);
  await expect(page.locator('.prose-atlas').locator('script, img[onerror]')).toHaveCount(0);
  expect(
    await page.evaluate(() => (window as { studioInjected?: string }).studioInjected),
  ).toBeUndefined();
});

test('an import with a bad row writes nothing; the fixed file changes the public chart', async ({
  page,
}) => {
  test.slow();
  // Two published counts of China's systems on the June 2019 list: 220 in the list file, 219 in the
  // press release. The journey switches between them, so it can run again on the same database.
  const before = await studioDb().observation('top500_systems', 'CHN', '2019-06');
  const next =
    before.value === 220
      ? { value: 219, source: 'xinhua_top500_2019_06' }
      : { value: 220, source: 't500_201906' };
  const chartPage = '/indicators/top500_systems?regions=CHN';
  const point = (value: number) =>
    page
      .locator('figure title, svg title')
      .filter({ hasText: `China, Jun 2019: ${value} systems` });

  await signIn(page, e2eEditor);
  await page
    .getByRole('navigation', { name: 'Studio' })
    .getByRole('link', { name: 'Import' })
    .click();
  const header = 'region_code,indicator_code,period,value,status,source_key,note';
  const good = `CHN,top500_systems,2019-06,${next.value},final,${next.source},Switched by the studio journey.`;
  const batches = await studioDb().importBatchCount();

  await page.getByLabel('CSV file').setInputFiles({
    name: 'top500-china.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from([header, good, 'ATL,top500_systems,2019-06,1,final,,'].join('\n')),
  });
  await page.getByRole('button', { name: 'Check file (dry run)' }).click();
  await expect(page.getByRole('status')).toHaveText(/1 invalid row: nothing was written/);
  const invalid = page.getByRole('table', { name: 'Invalid rows' });
  await expect(invalid.getByRole('row')).toHaveCount(2);
  await expect(invalid.getByRole('row').nth(1)).toHaveText(
    /3\s*UNKNOWN_REGION\s*unknown region "ATL"/,
  );
  await expect(page.getByRole('button', { name: 'Import', exact: true })).toBeDisabled();
  expect(await studioDb().observation('top500_systems', 'CHN', '2019-06')).toEqual(before);
  expect(await studioDb().importBatchCount()).toBe(batches);

  await page.getByLabel('CSV file').setInputFiles({
    name: 'top500-china.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from([header, good].join('\n')),
  });
  await page.getByRole('button', { name: 'Check file (dry run)' }).click();
  await expect(page.getByRole('status')).toHaveText(/Dry run: nothing was written yet/);
  await expect(page.locator('[data-count="changed"]')).toHaveText('1');
  await page.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(page.getByRole('status')).toHaveText(/Imported top500-china\.csv as batch \d+/);
  expect(await studioDb().observation('top500_systems', 'CHN', '2019-06')).toEqual({
    value: next.value,
    sourceKey: next.source,
  });
  expect(await studioDb().importBatchCount()).toBe(batches + 1);

  await page.goto(chartPage);
  await expect(point(next.value).first()).toBeAttached();
  await expect(point(before.value)).toHaveCount(0);
});

test('a stale save shows both versions; the history compares and restores revisions', async ({
  page,
  context,
}) => {
  test.slow();
  const slug = `studio-history-${Date.now()}`;
  await signIn(page, e2eEditor);
  await page.getByRole('link', { name: 'New article' }).click();
  await page.getByLabel('Title', { exact: true }).fill('Revisions of an article');
  await page.getByLabel('Markdown').fill('First line.\nSecond line.');
  await page.getByLabel('Slug', { exact: true }).fill(slug);
  await page.getByLabel('Summary').fill('An article edited twice at once.');
  await page.getByRole('button', { name: 'Create draft' }).click();
  await expect(page).toHaveURL(/\/studio\/articles\/\d+$/);
  const editorUrl = page.url();

  // A second tab of the same article, loaded at version 1 like the first.
  const other = await context.newPage();
  await other.goto(editorUrl);
  await other.getByLabel('Markdown').fill('First line.\nSecond line, from the other tab.');
  await other.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(other.getByRole('status')).toHaveText('Saved version 2.');

  await page.getByLabel('Markdown').fill('First line.\nSecond line, from this tab.');
  await page.getByLabel('Tags (comma-separated)').fill('Concurrency');
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  const conflict = page.getByRole('region', { name: 'Conflicting versions' });
  await expect(conflict).toContainText('Second line, from the other tab.');
  await expect(conflict).toContainText('Second line, from this tab.');
  await expect(conflict).toContainText('Concurrency');
  await conflict.getByRole('button', { name: 'Save mine as version 3' }).click();
  await expect(page.getByRole('status')).toHaveText('Saved version 3.');

  await page.getByRole('link', { name: 'History' }).click();
  await expect(page.getByRole('row')).toHaveCount(4);
  await page.getByLabel('Compare from version 2').check();
  await page.getByLabel('Compare to version 3').check();
  await page.getByRole('button', { name: 'Compare' }).click();
  const body = page.getByRole('region', { name: 'Differences' });
  await expect(body.locator('[data-diff="REMOVED"]')).toHaveText([
    '−Second line, from the other tab.',
  ]);
  await expect(body.locator('[data-diff="ADDED"]')).toHaveText([
    '+Second line, from this tab.',
    '+Concurrency',
  ]);

  await page.getByRole('button', { name: 'Restore version 1' }).click();
  await expect(page).toHaveURL(editorUrl);
  await expect(page.getByLabel('Markdown')).toHaveValue('First line.\nSecond line.');
  await expect(page.getByLabel('Tags (comma-separated)')).toHaveValue('');
  await expect(page.getByText('version 4', { exact: true })).toBeVisible();
});
