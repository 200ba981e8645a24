/** The submit button of a reader's choice form (which map, which period): it works without JavaScript. */
export function ShowButton() {
  return (
    <button type="submit" className="rounded-md border border-line px-3 py-1.5 hover:bg-surface">
      Show
    </button>
  );
}
