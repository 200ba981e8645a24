import type { Metadata } from 'next';
import Link from 'next/link';
import { connection } from 'next/server';
import { listRegions } from '@/lib/api/catalogue';
import type { RegionKind } from '@/gql/graphql';
import { PageHeader } from '@/components/page-header';

export const metadata: Metadata = {
  title: 'Regions',
  description:
    'Profiles of the countries, territories and groups in the atlas: index rank, indicators and peers.',
  alternates: { canonical: '/regions' },
};

const groups: { kind: RegionKind; label: string }[] = [
  { kind: 'WORLD', label: 'World' },
  { kind: 'COUNTRY', label: 'Countries and territories' },
  { kind: 'AGGREGATE', label: 'Groups' },
  { kind: 'SUBNATIONAL', label: 'Sub-national regions' },
];

export default async function RegionsPage() {
  await connection();
  const regions = await listRegions();
  return (
    <div className="space-y-10">
      <PageHeader title="Regions">
        Each profile shows where a region stands in the Computing Power Index, every indicator with
        its trend, and how it compares with its peers.
      </PageHeader>
      {groups.map(({ kind, label }) => {
        const members = regions.filter((region) => region.kind === kind);
        if (members.length === 0) return null;
        return (
          <section key={kind} aria-labelledby={`kind-${kind}`}>
            <h2 id={`kind-${kind}`} className="mb-3 text-xl font-semibold">
              {label}
            </h2>
            <ul className="grid grid-cols-2 gap-2 sm:grid-cols-3 lg:grid-cols-4">
              {members.map((region) => (
                <li key={region.code}>
                  <Link
                    href={`/regions/${region.code}`}
                    className="block rounded-md border border-line px-3 py-2 text-sm hover:border-accent"
                  >
                    {region.name}
                  </Link>
                </li>
              ))}
            </ul>
          </section>
        );
      })}
    </div>
  );
}
