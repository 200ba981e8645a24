/** Shared class lists, so every studio form looks alike. */
export const fieldClass =
  'mt-1 block w-full rounded-md border border-line bg-canvas px-3 py-2 text-sm text-ink focus:border-accent focus:outline-none';
export const primaryButtonClass =
  'inline-flex items-center rounded-md bg-accent px-3 py-1.5 text-sm font-semibold text-accent-ink hover:opacity-90 disabled:opacity-50';
export const secondaryButtonClass =
  'inline-flex items-center rounded-md border border-line px-3 py-1.5 text-sm hover:bg-surface disabled:opacity-50';
export const dangerButtonClass =
  'inline-flex items-center rounded-md border border-warn px-3 py-1.5 text-sm text-warn hover:bg-surface disabled:opacity-50';
