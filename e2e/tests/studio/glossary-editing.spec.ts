import { test } from '../../support/fixtures';
import { e2eEditor, expect, signIn, studioJourneys } from './studio-support';

// Changes a glossary term of the shared database (desktop project only).
studioJourneys();

test('an editor changes a glossary term, readers see it, and a stale save is refused', async ({
  page,
  db,
}) => {
  test.slow();
  const slug = 'colocation';
  const definition = `A data centre that rents space, power and cooling to its tenants (${Date.now()}).`;

  await signIn(page, e2eEditor);
  await page.goto('/studio/data');
  await page
    .getByRole('region', { name: /Glossary/ })
    .getByRole('link', { name: 'Colocation' })
    .click();
  await expect(page.getByRole('heading', { level: 1, name: 'Colocation' })).toBeVisible();

  // A second tab loads the same version before the first one saves.
  const stale = await page.context().newPage();
  await stale.goto(`/studio/data/glossary/${slug}`);

  await page.getByLabel(/^Definition/).fill(definition);
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('status')).toContainText('Saved');
  expect((await db.glossaryTerm(slug)).definition).toBe(definition);

  await stale.getByLabel(/^Definition/).fill('A lost update.');
  await stale.getByRole('button', { name: 'Save' }).click();
  await expect(stale.getByRole('alert').filter({ hasText: 'Not saved' })).toContainText(
    `Not saved: the term "${slug}" is at version`,
  );
  expect((await db.glossaryTerm(slug)).definition).toBe(definition);

  // Readers see the new definition on the glossary page (the API revalidates it).
  await expect(async () => {
    await stale.goto(`/glossary#${slug}`);
    await expect(stale.locator(`#${slug}`)).toContainText(definition, { timeout: 1_000 });
  }).toPass({ timeout: 15_000 });
});
