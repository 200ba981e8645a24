import Link from 'next/link';
import { notFound } from 'next/navigation';
import { requireStudioSession } from '@/modules/studio/auth/lib/session';
import { studioRequest } from '@/modules/studio/auth/lib/studio-request';
import type { MetadataKind } from './actions';
import { MetadataForm } from './components/metadata-form';
import { DataCatalogueQuery } from './lib/documents';
import { formFor, glossaryFields, sourceFields } from './lib/metadata-fields';

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
  const data = await studioRequest(DataCatalogueQuery, {});
  if (kind === 'glossary' && code === 'new') {
    return (
      <>
        <h1 className="text-2xl font-bold tracking-tight">Add a glossary term</h1>
        <div className="mt-6">
          <MetadataForm
            kind="new-glossary"
            code=""
            fields={[
              {
                name: 'slug',
                label: 'Slug (lower-case words joined by hyphens; the anchor on /glossary)',
                value: '',
                required: true,
              },
              ...glossaryFields(data),
            ]}
            csrfToken={session.csrfToken}
          />
        </div>
      </>
    );
  }
  const form = formFor(kind, code, data);
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
