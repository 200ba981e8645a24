import Link from 'next/link';

interface Option {
  label: string;
  href: string;
  current: boolean;
}

/** A row of mutually exclusive choices, each a link, so the choice lives in the URL. */
export function SegmentedLinks({ label, options }: { label: string; options: Option[] }) {
  return (
    <div className="flex items-center gap-2 text-sm">
      <span className="text-muted">{label}</span>
      <ul className="inline-flex overflow-hidden rounded-md border border-line">
        {options.map((option) => (
          <li key={option.label} className="border-line not-first:border-l">
            <Link
              href={option.href}
              scroll={false}
              replace
              aria-current={option.current ? 'true' : undefined}
              className={`block px-2.5 py-1.5 ${option.current ? 'bg-accent text-accent-ink' : 'hover:bg-surface'}`}
            >
              {option.label}
            </Link>
          </li>
        ))}
      </ul>
    </div>
  );
}
