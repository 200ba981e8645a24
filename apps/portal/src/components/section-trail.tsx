import Link from 'next/link';
import type { ReactNode } from 'react';

/** Above a detail page's title: the section it belongs to, as a link back, then its group there. */
export function SectionTrail({
  href,
  section,
  children,
}: {
  href: string;
  section: string;
  children: ReactNode;
}) {
  return (
    <p className="text-sm text-muted">
      <Link href={href} className="hover:underline">
        {section}
      </Link>
      {' / '}
      {children}
    </p>
  );
}
