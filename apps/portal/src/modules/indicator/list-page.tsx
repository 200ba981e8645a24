import type { Metadata } from 'next';
import Link from 'next/link';
import { connection } from 'next/server';
import { listPillars } from '@/lib/api/catalogue';
import { PageHeader } from '@/components/page-header';

export const metadata: Metadata = {
  title: 'Indicators',
  description:
    'Every measure of computing power in the atlas, grouped by pillar, with its unit and sources.',
  alternates: { canonical: '/indicators' },
};

export default async function IndicatorsPage() {
  await connection();
  const pillars = await listPillars();
  return (
    <div className="space-y-10">
      <PageHeader title="Indicators">
        What the atlas measures, grouped by the pillars of computing power. Each indicator has a
        chart, a map, a table, its sources and a CSV download.
      </PageHeader>
      {pillars
        .filter((pillar) => pillar.indicators.length > 0)
        .map((pillar) => (
          <section key={pillar.code} aria-labelledby={`pillar-${pillar.code}`}>
            <h2 id={`pillar-${pillar.code}`} className="text-xl font-semibold">
              {pillar.name}
            </h2>
            <p className="mt-1 max-w-3xl text-muted">{pillar.description}</p>
            <ul className="mt-4 grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
              {pillar.indicators.map((indicator) => (
                <li
                  key={indicator.code}
                  className="rounded-lg border border-line p-3 hover:border-accent"
                >
                  <Link
                    href={`/indicators/${indicator.code}`}
                    className="font-medium hover:underline"
                  >
                    {indicator.name}
                  </Link>
                  <p className="mt-1 text-xs text-muted">{indicator.unit}</p>
                </li>
              ))}
            </ul>
          </section>
        ))}
    </div>
  );
}
