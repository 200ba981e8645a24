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

// Changes the shared database (desktop project only).
const studioDb = studioJourneys();

test('the studio refuses to publish a typed figure, and publishes it once an admin confirms it is no measurement', async ({
  page,
}) => {
  test.slow();
  const slug = `studio-typed-figure-${Date.now()}`;
  const title = 'When the TOP500 list began';
  const sentence = 'The first list came out in 1993.';

  await signIn(page, e2eEditor);
  await page.getByRole('link', { name: 'New article' }).click();
  await page.getByLabel('Title', { exact: true }).fill(title);
  await page.getByLabel('Markdown').fill(`${sentence} It has been published twice a year since.\n`);
  await page.getByLabel('Slug', { exact: true }).fill(slug);
  await page.getByLabel('Summary').fill('How the list of the fastest supercomputers started.');
  await page.getByRole('button', { name: 'Create draft' }).click();
  await expect(page).toHaveURL(/\/studio\/articles\/\d+$/);

  // The save warns with the sentence, and only with it; an editor cannot confirm it.
  const warning = page.getByRole('region', { name: 'Figures typed by hand' });
  await expect(warning.getByRole('listitem')).toHaveText([sentence]);
  await expect(warning.getByRole('checkbox')).toHaveCount(0);
  await page.getByRole('button', { name: 'Submit for review' }).click();
  await expect(page.locator('[data-status="IN_REVIEW"]')).toBeVisible();
  await signOut(page);

  await signIn(page, e2eAdmin);
  await openInReview(page, slug, title);
  await page.getByRole('button', { name: 'Publish' }).click();
  await expect(page.getByRole('alert').filter({ hasText: sentence })).toBeVisible();
  await expect(page.locator('[data-status="IN_REVIEW"]')).toBeVisible();
  expect(await studioDb().articleStatus(slug)).toBe('IN_REVIEW');

  await warning.getByRole('checkbox', { name: sentence }).check();
  await warning.getByRole('button', { name: 'Confirm as no measurement' }).click();
  await expect(warning.getByText('(confirmed: no measurement)')).toBeVisible();
  await page.getByRole('button', { name: 'Publish' }).click();
  await expect(page.locator('[data-status="PUBLISHED"]')).toBeVisible();
  expect(await studioDb().articleStatus(slug)).toBe('PUBLISHED');

  await page.goto(`/articles/${slug}`);
  await expect(page.getByText(sentence)).toBeVisible();
});
