import type { Metadata } from 'next';
import Link from 'next/link';
import { connection } from 'next/server';
import { SourceEntry } from '@/components/source-citation';
import { listSources } from './lib/list-sources';
import { PageHeader } from '@/components/page-header';

export const metadata: Metadata = {
  title: 'Sources',
  description:
    'Every publication the figures of Compute Atlas were read from, with the passage that states them.',
  alternates: { canonical: '/sources' },
};

export default async function SourcesPage() {
  await connection();
  const sources = await listSources();
  return (
    <div className="space-y-8">
      <PageHeader
        title="Sources"
        note={<p className="mt-2 text-sm text-muted">{sources.length} sources.</p>}
      >
        Every figure in the atlas was read from a public source. Each is listed here with its
        publisher, the passage that states the figure, and the indicators it backs.
      </PageHeader>
      <ol className="max-w-3xl space-y-6">
        {sources.map((source) => (
          <SourceEntry key={source.key} source={source}>
            <p className="mt-1">
              Backs:{' '}
              {source.indicators.map((indicator, index) => (
                <span key={indicator.code}>
                  {index > 0 ? ', ' : ''}
                  <Link href={`/indicators/${indicator.code}`} className="hover:underline">
                    {indicator.name}
                  </Link>
                </span>
              ))}
            </p>
          </SourceEntry>
        ))}
      </ol>
    </div>
  );
}
