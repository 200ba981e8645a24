import type { Locator } from '@playwright/test';

/** A figure as the page shows it: what it measures, when, its value and the text around it. */
export interface ShownFigure {
  indicator: string;
  region: string;
  period: string;
  value: number;
  text: string;
}

/** Every element marked as a figure inside the scope, in document order. */
export function shownFigures(scope: Locator): Promise<ShownFigure[]> {
  return scope.locator('[data-figure]').evaluateAll((elements) =>
    elements.map((element) => {
      const data = element.querySelector('data');
      return {
        indicator: element.getAttribute('data-indicator') ?? '',
        region: element.getAttribute('data-region') ?? '',
        period: element.getAttribute('data-period') ?? '',
        value: Number(data?.getAttribute('value')),
        text: (element.textContent ?? '').replace(/\s+/g, ' ').trim(),
      };
    }),
  );
}

/** The page is no wider than the screen: nothing forces sideways scrolling. */
export function horizontalOverflow(scope: Locator): Promise<number> {
  return scope.page().evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
}
