import type { TocEntry } from '../lib/parse-article';

export function TableOfContents({ entries }: { entries: TocEntry[] }) {
  if (entries.length === 0) return null;
  return (
    <nav aria-label="Table of contents" className="text-sm">
      <h2 className="mb-2 font-semibold">On this page</h2>
      <ol className="space-y-1.5">
        {entries.map((entry) => (
          <li key={entry.id} className={entry.depth === 3 ? 'pl-3' : ''}>
            <a href={`#${entry.id}`} className="text-muted hover:text-accent">
              {entry.text}
            </a>
          </li>
        ))}
      </ol>
    </nav>
  );
}
