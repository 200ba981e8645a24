import type { ReactNode } from 'react';

/** The opening of a section page: its title, a sentence on what it holds (the children), and any note after it. */
export function PageHeader({
  title,
  children,
  note,
}: {
  title: ReactNode;
  children: ReactNode;
  note?: ReactNode;
}) {
  return (
    <header className="max-w-3xl">
      <h1 className="text-3xl font-bold tracking-tight">{title}</h1>
      <p className="mt-3 text-lg text-muted">{children}</p>
      {note}
    </header>
  );
}
