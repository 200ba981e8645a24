import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '../support/fixtures';

const pages = [
  '/',
  '/articles/computing-power-the-productive-force',
  '/indicators/top500_rmax_pflops',
  '/indicators/top500_rmax_pflops?view=map',
  '/indicators/top500_rmax_pflops?view=table',
  '/regions/USA',
  '/computing-power-index',
  '/rankings',
  '/rankings?indicator=top500_systems&sort=value',
  '/search?q=power',
  '/sources',
  '/about',
];

test.describe('accessibility', () => {
  for (const path of pages) {
    test(`${path} has no WCAG A/AA violations in light and dark`, async ({ page }) => {
      test.slow(); // two full scans of a long page
      for (const colorScheme of ['light', 'dark'] as const) {
        await page.emulateMedia({ colorScheme });
        await page.goto(path);
        const { violations } = await new AxeBuilder({ page })
          .withTags(['wcag2a', 'wcag2aa', 'wcag21aa'])
          .analyze();
        expect(
          violations.map(
            (violation) =>
              `${colorScheme}: ${violation.id}: ${violation.nodes.map((node) => node.target).join(' ')}`,
          ),
        ).toEqual([]);
      }
    });
  }

  test('the chart controls work with the keyboard alone', async ({ page }) => {
    await page.goto('/indicators/top500_rmax_pflops');
    const tableTab = page
      .getByRole('navigation', { name: 'Views' })
      .getByRole('link', { name: 'Table' });
    await tableTab.focus();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/view=table/);
    const summary = page.locator('summary', { hasText: 'Regions:' });
    await summary.focus();
    await page.keyboard.press('Enter');
    const box = page.getByRole('checkbox').first();
    await box.focus();
    await page.keyboard.press('Space');
    await page.getByRole('button', { name: 'Show these regions' }).focus();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/regions=/);
  });
});
