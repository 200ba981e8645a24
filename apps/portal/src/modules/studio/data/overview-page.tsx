import Link from 'next/link';
import { requireStudioSession } from '@/modules/studio/auth/lib/session';
import { studioRequest } from '@/modules/studio/auth/lib/studio-request';
import type { MetadataKind } from './actions';
import { DataCatalogueQuery } from './lib/documents';

export async function DataOverviewPage() {
  await requireStudioSession();
  const data = await studioRequest(DataCatalogueQuery, {});
  const sections: {
    kind: MetadataKind;
    title: string;
    rows: { code: string; name: string; detail: string }[];
  }[] = [
    {
      kind: 'indicators',
      title: 'Indicators',
      rows: data.indicators.map((item) => ({
        code: item.code,
        name: item.name,
        detail: item.unit,
      })),
    },
    {
      kind: 'pillars',
      title: 'Pillars',
      rows: data.pillars.map((item) => ({ code: item.code, name: item.name, detail: '' })),
    },
    {
      kind: 'regions',
      title: 'Regions',
      rows: data.regions.map((item) => ({
        code: item.code,
        name: item.name,
        detail: item.kind.toLowerCase(),
      })),
    },
    {
      kind: 'sources',
      title: 'Sources',
      rows: data.studioSources.map((item) => ({
        code: item.key,
        name: item.title,
        detail: item.publisher,
      })),
    },
    {
      kind: 'glossary',
      title: 'Glossary',
      rows: data.glossaryTerms.map((item) => ({
        code: item.slug,
        name: item.term,
        detail: `v${item.version}`,
      })),
    },
  ];
  return (
    <>
      <div className="flex flex-wrap items-center gap-4">
        <h1 className="text-2xl font-bold tracking-tight">Data</h1>
        <Link
          href="/studio/data/sources/new"
          className="ml-auto text-sm text-accent hover:underline"
        >
          Add a source
        </Link>
        <Link href="/studio/data/glossary/new" className="text-sm text-accent hover:underline">
          Add a glossary term
        </Link>
      </div>
      <div className="mt-6 grid gap-8 lg:grid-cols-2">
        {sections.map((section) => (
          <section key={section.kind} aria-labelledby={`data-${section.kind}`}>
            <h2 id={`data-${section.kind}`} className="text-lg font-semibold">
              {section.title}{' '}
              <span className="text-sm font-normal text-muted">({section.rows.length})</span>
            </h2>
            <ul className="mt-2 max-h-96 divide-y divide-line overflow-auto rounded border border-line text-sm">
              {section.rows.map((row) => (
                <li key={row.code} className="flex gap-3 px-3 py-1.5">
                  <Link
                    href={`/studio/data/${section.kind}/${encodeURIComponent(row.code)}`}
                    className="text-accent hover:underline"
                  >
                    {row.name}
                  </Link>
                  <span className="ml-auto shrink-0 font-mono text-xs text-muted">{row.code}</span>
                  {row.detail ? (
                    <span className="shrink-0 text-xs text-muted">{row.detail}</span>
                  ) : null}
                </li>
              ))}
            </ul>
          </section>
        ))}
      </div>
    </>
  );
}
