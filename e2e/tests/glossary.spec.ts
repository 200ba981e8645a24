import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from '../support/fixtures';

// An article that marks FLOPS with :term[FLOPS], and an indicator whose description marks PUE.
const articlePath = '/articles/measuring-computing-power';
const indicatorPath = '/indicators/dc_pue_avg';

/** The marked term's link, and the tooltip its aria-describedby names. */
async function markedTerm(page: Page, name: string) {
  const link = page.locator('a.glossary-term', { hasText: new RegExp(`^${name}$`) }).first();
  const id = await link.getAttribute('aria-describedby');
  const tooltip = page.locator(`[role="tooltip"][id="${id}"]`);
  return { link, tooltip };
}

async function axeViolations(page: Page): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21aa'])
    .analyze();
  return violations.map(
    (violation) => `${violation.id}: ${violation.nodes.map((node) => node.target).join(' ')}`,
  );
}

test.describe('glossary popover', () => {
  test('opens on focus, is the link description, passes axe open, and closes with Escape', async ({
    page,
    db,
  }) => {
    const flops = await db.glossaryTerm('flops');
    await page.goto(articlePath);
    const { link, tooltip } = await markedTerm(page, 'FLOPS');
    await expect(link).toHaveAttribute('href', '/glossary#flops');
    await expect(tooltip).toBeHidden();

    // Keyboard: tab from the element before the link lands on it.
    await link.evaluate((element) => {
      const before = document.createElement('button');
      before.textContent = 'start';
      element.parentElement?.before(before);
      before.focus();
    });
    await page.keyboard.press('Tab');
    await expect(link).toBeFocused();
    await expect(tooltip).toBeVisible();
    await expect(tooltip).toContainText(flops.definition);
    await expect(link).toHaveAccessibleDescription(`${flops.term}: ${flops.definition}`);
    await page.evaluate(() => document.querySelector('button')?.remove());
    expect(await axeViolations(page)).toEqual([]);

    await page.keyboard.press('Escape');
    await expect(tooltip).toBeHidden();
    await expect(link).toBeFocused();

    // Enter follows the link to the term's entry.
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/glossary#flops$/);
    await expect(page.locator('#flops')).toContainText(flops.definition);
  });

  test('opens on hover and stays open while the pointer is over it', async ({ page }) => {
    await page.goto(articlePath);
    const { link, tooltip } = await markedTerm(page, 'FLOPS');
    await link.hover();
    await expect(tooltip).toBeVisible();
    await tooltip.hover();
    await expect(tooltip).toBeVisible();
    await page.mouse.move(0, 0);
    await expect(tooltip).toBeHidden();
  });

  test('shows the terms an indicator description marks', async ({ page, db }) => {
    const pue = await db.glossaryTerm('pue');
    await page.goto(indicatorPath);
    const { link, tooltip } = await markedTerm(page, 'PUE');
    await link.focus();
    await expect(tooltip).toBeVisible();
    await expect(link).toHaveAccessibleDescription(`${pue.term}: ${pue.definition}`);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(page.locator('#main header p').first()).not.toContainText(':term[');
  });
});

test.describe('glossary popover on a touch screen', () => {
  test.use({ hasTouch: true });

  test('a first tap shows the definition, a tap elsewhere closes it, and a second tap follows the link', async ({
    page,
  }) => {
    await page.goto(articlePath);
    const { link, tooltip } = await markedTerm(page, 'FLOPS');
    await link.tap();
    await expect(tooltip).toBeVisible();
    await expect(page).toHaveURL(new RegExp(`${articlePath}$`));
    expect(await axeViolations(page)).toEqual([]);

    await page.getByRole('heading', { level: 1 }).tap();
    await expect(tooltip).toBeHidden();

    await link.tap();
    await expect(tooltip).toBeVisible();
    await link.tap();
    await expect(page).toHaveURL(/\/glossary#flops$/);
  });
});

test.describe('glossary page', () => {
  test('lists every term alphabetically, each with its own anchor, and passes axe', async ({
    page,
    db,
  }) => {
    const terms = await db.glossaryTerms();
    expect(terms.length).toBeGreaterThanOrEqual(45);
    await page.goto('/glossary');
    await expect(page.getByRole('heading', { level: 1, name: 'Glossary' })).toBeVisible();
    const shown = page.locator('dl > div[id]');
    await expect(shown).toHaveCount(terms.length);
    const shownTerms = await page.locator('dl > div[id] dt').allInnerTexts();
    const alphabetical = new Intl.Collator('en', { sensitivity: 'base', numeric: true });
    expect(shownTerms).toEqual([...shownTerms].sort(alphabetical.compare));
    for (const term of terms) {
      await expect(page.locator(`[id="${term.slug}"]`)).toContainText(term.definition);
    }
    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme });
      expect(await axeViolations(page), colorScheme).toEqual([]);
    }
  });

  test('a related term is a link to its anchor', async ({ page }) => {
    await page.goto('/glossary#rmax');
    await expect(page.locator('#rmax')).toBeInViewport();
    await page.locator('#rmax').getByRole('link', { name: 'Rpeak' }).click();
    await expect(page).toHaveURL(/\/glossary#rpeak$/);
    await expect(page.locator('#rpeak')).toBeInViewport();
  });
});

test.describe('glossary without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('a marked term is a plain link to its glossary entry', async ({ page, db }) => {
    const flops = await db.glossaryTerm('flops');
    await page.goto(articlePath);
    const { link, tooltip } = await markedTerm(page, 'FLOPS');
    await expect(tooltip).toBeHidden();
    await link.click();
    await expect(page).toHaveURL(/\/glossary#flops$/);
    await expect(page.locator('#flops')).toContainText(flops.definition);
  });
});
