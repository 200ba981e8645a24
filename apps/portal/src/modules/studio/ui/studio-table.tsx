import type { ReactNode } from 'react';

interface StudioTableProps {
  /** Column headings in order; an empty string heads a column of buttons. */
  columns: readonly string[];
  /** The body's rows. */
  children: ReactNode;
  /** Tighter rows, for the import's reports and batches. */
  compact?: boolean;
  /** Spacing from what stands above the table. */
  className?: string;
  'aria-label'?: string;
}

/** The studio's list table: one heading row over the rows, so every list looks alike. */
export function StudioTable({
  columns,
  children,
  compact = false,
  className,
  'aria-label': ariaLabel,
}: StudioTableProps) {
  const headingClass = `${compact ? 'py-1' : 'py-2'} font-medium`;
  return (
    <table
      className={[className, 'w-full text-left text-sm'].filter(Boolean).join(' ')}
      aria-label={ariaLabel}
    >
      <thead className="border-b border-line text-muted">
        <tr>
          {columns.map((column, index) => (
            <th key={index} className={headingClass}>
              {column}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>{children}</tbody>
    </table>
  );
}
