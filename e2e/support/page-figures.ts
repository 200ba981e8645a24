import type { Locator } from '@playwright/test';
import type { ShownText } from './shown-values';

/**
 * A figure as the page shows it: what it measures, when, its value, the text around it, and
 * what a reader sees of its number (for `expectShownValue`).
 */
export interface ShownFigure extends ShownText {
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
      // The number's element begins with it; the unit follows in the same element (a figure in
      // text) or heads the number's column (a table).
      const holder = data?.parentElement;
      const cell = holder?.closest('td, th');
      const headings = cell?.closest('table')?.tHead?.rows[0]?.cells;
      return {
        indicator: element.getAttribute('data-indicator') ?? '',
        region: element.getAttribute('data-region') ?? '',
        period: element.getAttribute('data-period') ?? '',
        value: Number(data?.getAttribute('value')),
        text: (element.textContent ?? '').replace(/\s+/g, ' ').trim(),
        shown: holder?.innerText ?? '',
        heading:
          cell === holder && cell instanceof HTMLTableCellElement
            ? (headings?.[cell.cellIndex]?.innerText ?? null)
            : null,
        visible:
          data?.checkVisibility({ opacityProperty: true, visibilityProperty: true }) ?? false,
      };
    }),
  );
}

/** The page is no wider than the screen: nothing forces sideways scrolling. */
export function horizontalOverflow(scope: Locator): Promise<number> {
  return scope.page().evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
}
