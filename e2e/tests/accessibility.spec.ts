import { expectNoAxeViolations } from '../support/axe';
import { expect, test } from '../support/fixtures';

const pages = [
  '/',
  '/articles/computing-power-the-productive-force',
  '/topics',
  '/topics/capacity',
  '/topics/country-profile',
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
      await page.goto(path);
      await expectNoAxeViolations(page);
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
