import Link from 'next/link';
import { viewQuery, views, type View, type ViewState } from '../lib/view-state';

const labels: Record<View, string> = {
  chart: 'Chart',
  map: 'Map',
  table: 'Table',
  sources: 'Sources',
};

/** The views of one indicator; each is a link carrying the rest of the state. */
export function ViewTabs({ code, state }: { code: string; state: ViewState }) {
  return (
    <nav aria-label="Views" className="-mx-4 overflow-x-auto px-4">
      <ul className="flex min-w-max gap-1 border-b border-line">
        {views.map((view) => {
          const current = state.view === view;
          return (
            <li key={view}>
              <Link
                href={`/indicators/${code}${viewQuery(state, { view })}`}
                scroll={false}
                aria-current={current ? 'page' : undefined}
                className={`-mb-px block border-b-2 px-3 py-2 text-sm font-medium ${current ? 'border-accent text-ink' : 'border-transparent text-muted hover:text-ink'}`}
              >
                {labels[view]}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
