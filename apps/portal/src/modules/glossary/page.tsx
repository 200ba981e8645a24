import type { Metadata } from 'next';
import Link from 'next/link';
import { connection } from 'next/server';
import { groupByLetter } from './lib/group-by-letter';
import { loadGlossary } from './lib/load-glossary';

export const metadata: Metadata = {
  title: 'Glossary',
  description:
    'The terms of computing power in plain words: FLOPS, Rmax, HPL, accelerators, PUE, hyperscalers and more.',
  alternates: { canonical: '/glossary' },
};

export default async function GlossaryPage() {
  await connection();
  const terms = await loadGlossary();
  const letters = groupByLetter(terms, (term) => term.term);
  return (
    <div className="space-y-8">
      <header className="max-w-3xl">
        <h1 className="text-3xl font-bold tracking-tight">Glossary</h1>
        <p className="mt-3 text-lg text-muted">
          The words of computing power in plain language. Articles and indicator pages underline
          these terms with dots: point at one, focus it or tap it to read its definition in place.
        </p>
      </header>
      <nav aria-label="Letters">
        <ul className="flex flex-wrap gap-1">
          {letters.map(([letter]) => (
            <li key={letter}>
              <a
                href={`#letter-${letter}`}
                className="inline-block min-w-8 rounded border border-line px-2 py-1 text-center hover:border-accent"
              >
                {letter}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      <div className="max-w-3xl space-y-10">
        {letters.map(([letter, group]) => (
          <section key={letter} aria-labelledby={`letter-${letter}`}>
            <h2 id={`letter-${letter}`} className="scroll-mt-20 text-xl font-semibold">
              {letter}
            </h2>
            <dl className="mt-3 space-y-5">
              {group.map((term) => (
                <div
                  key={term.slug}
                  id={term.slug}
                  className="scroll-mt-20 rounded-md p-2 target:bg-surface target:ring-2 target:ring-accent"
                >
                  <dt className="font-semibold">
                    <a href={`#${term.slug}`} className="hover:underline">
                      {term.term}
                    </a>
                  </dt>
                  <dd className="mt-1">{term.definition}</dd>
                  {term.seeAlso.length > 0 ? (
                    <dd className="mt-1 text-sm text-muted">
                      See also:{' '}
                      {term.seeAlso.map((related, index) => (
                        <span key={related.slug}>
                          {index > 0 ? ', ' : ''}
                          <a href={`#${related.slug}`} className="text-accent underline">
                            {related.term}
                          </a>
                        </span>
                      ))}
                    </dd>
                  ) : null}
                  {term.indicator ? (
                    <dd className="mt-1 text-sm text-muted">
                      Measured by:{' '}
                      <Link
                        href={`/indicators/${term.indicator.code}`}
                        className="text-accent underline"
                      >
                        {term.indicator.name}
                      </Link>
                    </dd>
                  ) : null}
                </div>
              ))}
            </dl>
          </section>
        ))}
      </div>
    </div>
  );
}
