/** The values of the chosen options of a multiple select, in the select's order. */
export function selectedValues(select: HTMLSelectElement): string[] {
  return [...select.selectedOptions].map((option) => option.value);
}
