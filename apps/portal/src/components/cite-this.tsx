'use client';

import { useId, useSyncExternalStore } from 'react';
import { bibtexCitation, isoDay, plainCitation } from '@/lib/citation';
import { CopyButton } from './copy-button';

// The access date is the reader's day: the page may come from a cache filled days ago.
const noSubscription = () => () => {};
const today = () => isoDay(new Date());

/** A citation of a page or a chart, in plain text and BibTeX, each with a copy button. */
export function CiteThis({
  what,
  citationKey,
  title,
  url,
  figuresTo,
  updated,
  renderedAt,
}: {
  /** What is cited, for the summary: "this article", "this chart"… */
  what: string;
  citationKey: string;
  title: string;
  url: string;
  figuresTo: string | null;
  /** ISO time of the cited text's last change, if it has one. */
  updated?: string | null;
  /** ISO time of the server render: the access date until the browser knows today's. */
  renderedAt: string;
}) {
  const accessedDay = useSyncExternalStore(noSubscription, today, () => renderedAt.slice(0, 10));
  const citation = {
    key: citationKey,
    title,
    url,
    figuresTo,
    updated: updated ? new Date(updated) : null,
    accessed: new Date(`${accessedDay}T00:00:00Z`),
  };
  const plain = plainCitation(citation);
  const bibtex = bibtexCitation(citation);
  const id = useId();
  return (
    <details className="cite-this rounded-lg border border-line text-sm print:hidden">
      <summary className="cursor-pointer px-3 py-2 font-medium">Cite {what}</summary>
      <div className="space-y-4 border-t border-line p-3">
        <p className="text-muted">
          Permalink, which opens the same view:{' '}
          <a
            href={url}
            className="break-all text-accent underline underline-offset-2"
            data-citation="permalink"
          >
            {url}
          </a>
          . Figures may be revised after the access date.
        </p>
        <section aria-labelledby={`${id}-plain`}>
          <div className="mb-1 flex items-center justify-between">
            <h3 id={`${id}-plain`} className="font-semibold">
              Plain text
            </h3>
            <CopyButton text={plain} label="citation as plain text" />
          </div>
          <p className="rounded bg-surface p-3 break-words" data-citation="plain">
            {plain}
          </p>
        </section>
        <section aria-labelledby={`${id}-bibtex`}>
          <div className="mb-1 flex items-center justify-between">
            <h3 id={`${id}-bibtex`} className="font-semibold">
              BibTeX
            </h3>
            <CopyButton text={bibtex} label="citation as BibTeX" />
          </div>
          <pre
            tabIndex={0}
            className="overflow-auto rounded bg-surface p-3 text-xs"
            data-citation="bibtex"
          >
            <code>{bibtex}</code>
          </pre>
        </section>
      </div>
    </details>
  );
}
