import Link from 'next/link';
import { notFound } from 'next/navigation';
import type { DataCatalogueQuery as DataCatalogue } from '@/gql/graphql';
import type { MetadataKind } from '../actions/data-actions';
import { MetadataForm, type MetadataField } from '../components/metadata-form';
import { DataCatalogueQuery } from '../lib/documents';
import { requireStudioSession } from '../lib/session';
import { studioRequest } from '../lib/studio-api';

const sourceFields = (source?: DataCatalogue['studioSources'][number]): MetadataField[] => [
  { name: 'title', label: 'Title', value: source?.title ?? '', required: true },
  { name: 'publisher', label: 'Publisher', value: source?.publisher ?? '', required: true },
  { name: 'year', label: 'Year', value: source?.year?.toString() ?? '', kind: 'number' },
  { name: 'url', label: 'URL', value: source?.url ?? '', required: true },
  {
    name: 'excerpt',
    label: 'Excerpt that states the figures',
    value: source?.excerpt ?? '',
    kind: 'textarea',
    required: true,
  },
];

/** The fields of one record, or null when there is no such record. */
function formFor(
  kind: string,
  code: string,
  data: DataCatalogue,
): { title: string; fields: MetadataField[] } | null {
  switch (kind) {
    case 'indicators': {
      const indicator = data.indicators.find((item) => item.code === code);
      if (!indicator) return null;
      return {
        title: indicator.name,
        fields: [
          { name: 'name', label: 'Name', value: indicator.name, required: true },
          { name: 'unit', label: 'Unit', value: indicator.unit, required: true },
          {
            name: 'description',
            label: 'Description',
            value: indicator.description,
            kind: 'textarea',
            required: true,
          },
          {
            name: 'methodology',
            label: 'Methodology',
            value: indicator.methodology ?? '',
            kind: 'textarea',
          },
          {
            name: 'higherIsBetter',
            label: 'Direction',
            value: String(indicator.higherIsBetter),
            kind: 'select',
            options: [
              { value: 'true', label: 'More is better' },
              { value: 'false', label: 'Less is better' },
              { value: 'null', label: 'No direction (context measure)' },
            ],
          },
          {
            name: 'pillarCode',
            label: 'Pillar',
            value: indicator.pillar.code,
            kind: 'select',
            options: data.pillars.map((pillar) => ({ value: pillar.code, label: pillar.name })),
          },
        ],
      };
    }
    case 'pillars': {
      const pillar = data.pillars.find((item) => item.code === code);
      if (!pillar) return null;
      return {
        title: pillar.name,
        fields: [
          { name: 'name', label: 'Name', value: pillar.name, required: true },
          {
            name: 'description',
            label: 'Description',
            value: pillar.description,
            kind: 'textarea',
            required: true,
          },
          {
            name: 'position',
            label: 'Position',
            value: String(pillar.position),
            kind: 'number',
            required: true,
          },
          {
            name: 'indexWeight',
            label: 'Index weight (empty: not in the index)',
            value: pillar.indexWeight?.toString() ?? '',
            kind: 'number',
          },
        ],
      };
    }
    case 'regions': {
      const region = data.regions.find((item) => item.code === code);
      if (!region) return null;
      return {
        title: region.name,
        fields: [
          { name: 'name', label: 'Name', value: region.name, required: true },
          {
            name: 'description',
            label: 'Description',
            value: region.description ?? '',
            kind: 'textarea',
          },
        ],
      };
    }
    case 'sources': {
      const source = data.studioSources.find((item) => item.key === code);
      return source ? { title: source.title, fields: sourceFields(source) } : null;
    }
    default:
      return null;
  }
}

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

export async function DataEditPage({
  params,
}: {
  params: Promise<{ kind: string; code: string }>;
}) {
  const session = await requireStudioSession();
  const { kind, code: rawCode } = await params;
  const code = decodeURIComponent(rawCode);
  if (kind === 'sources' && code === 'new') {
    return (
      <>
        <h1 className="text-2xl font-bold tracking-tight">Add a source</h1>
        <div className="mt-6">
          <MetadataForm
            kind="new-source"
            code=""
            fields={[
              { name: 'key', label: 'Key (cited in import files)', value: '', required: true },
              ...sourceFields(),
            ]}
            csrfToken={session.csrfToken}
          />
        </div>
      </>
    );
  }
  const form = formFor(kind, code, await studioRequest(DataCatalogueQuery, {}));
  if (!form) notFound();
  return (
    <>
      <p className="text-sm text-muted">
        <Link href="/studio/data" className="hover:text-accent">
          Data
        </Link>{' '}
        / {kind} / <span className="font-mono">{code}</span>
      </p>
      <h1 className="mt-1 text-2xl font-bold tracking-tight">{form.title}</h1>
      <div className="mt-6">
        <MetadataForm
          kind={kind as MetadataKind}
          code={code}
          fields={form.fields}
          csrfToken={session.csrfToken}
        />
      </div>
    </>
  );
}
