import Link from 'next/link';
import { ThemeToggle } from './theme-toggle';

const sections = [
  { href: '/articles', label: 'Articles' },
  { href: '/topics', label: 'Topics' },
  { href: '/indicators', label: 'Indicators' },
  { href: '/regions', label: 'Regions' },
  { href: '/computing-power-index', label: 'Index' },
  { href: '/rankings', label: 'Rankings' },
  { href: '/sources', label: 'Sources' },
  { href: '/about', label: 'About' },
] as const;

/** On a phone the row leaves out Sources and About, which the footer links to. */
const phoneSections = sections.filter(
  (section) => section.href !== '/about' && section.href !== '/sources',
);

/** The list of section links; the main and the phone navigation differ only in which and how laid out. */
function SectionLinks({
  sections,
  className,
}: {
  sections: readonly { href: string; label: string }[];
  className: string;
}) {
  return (
    <ul className={className}>
      {sections.map((section) => (
        <li key={section.href}>
          <Link href={section.href} className="hover:text-accent">
            {section.label}
          </Link>
        </li>
      ))}
    </ul>
  );
}

export function SiteHeader() {
  return (
    <header className="sticky top-0 z-10 border-b border-line bg-canvas/95 backdrop-blur print:hidden">
      <a
        href="#main"
        className="sr-only focus:not-sr-only focus:absolute focus:top-2 focus:left-2 focus:rounded focus:bg-accent focus:px-3 focus:py-2 focus:text-accent-ink"
      >
        Skip to content
      </a>
      <div className="mx-auto flex max-w-6xl items-center gap-4 px-4 py-2.5">
        <Link href="/" className="flex items-center gap-2 font-bold tracking-tight">
          <svg aria-hidden width="22" height="22" viewBox="0 0 22 22">
            <rect x="1" y="12" width="5" height="9" rx="1" fill="var(--series-1)" />
            <rect x="8.5" y="7" width="5" height="14" rx="1" fill="var(--series-3)" />
            <rect x="16" y="1" width="5" height="20" rx="1" fill="var(--series-2)" />
          </svg>
          Compute Atlas
        </Link>
        <nav aria-label="Main" className="ml-auto hidden lg:block">
          <SectionLinks sections={sections} className="flex gap-5 text-sm" />
        </nav>
        <div className="ml-auto flex items-center gap-2 lg:ml-0">
          <Link
            href="/search"
            className="inline-flex h-9 items-center gap-1.5 rounded-md border border-line px-2.5 text-sm hover:bg-surface"
          >
            <svg aria-hidden width="16" height="16" viewBox="0 0 16 16">
              <circle cx="7" cy="7" r="5" fill="none" stroke="currentColor" strokeWidth="1.5" />
              <path
                d="m11 11 3.5 3.5"
                stroke="currentColor"
                strokeWidth="1.5"
                strokeLinecap="round"
              />
            </svg>
            <span>Search</span>
          </Link>
          <ThemeToggle />
        </div>
      </div>
      <nav aria-label="Sections" className="border-t border-line lg:hidden">
        <SectionLinks
          sections={phoneSections}
          className="flex flex-wrap justify-between gap-x-3 gap-y-1 px-4 py-2 text-sm"
        />
      </nav>
    </header>
  );
}
