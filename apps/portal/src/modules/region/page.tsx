import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import type { ReactNode } from 'react';
import { SectionTrail } from '@/components/section-trail';
import { ArticleList } from '@/modules/article/components/article-list';
import { parseViewState } from '@/modules/indicator/lib/view-state';
import { IndexStanding } from './components/index-standing';
import { IndicatorTrends } from './components/indicator-trends';
import { PeerComparison } from './components/peer-comparison';
import { loadRegionProfile } from './lib/load-region-profile';

const kindLabels = {
  WORLD: 'The world',
  AGGREGATE: 'A group of regions',
  COUNTRY: 'Country or territory',
  SUBNATIONAL: 'Sub-national region',
} as const;

function requestedPeers(peers: string | string[] | undefined): string[] {
  return parseViewState({ regions: peers }).regions;
}

export async function generateMetadata({
  params,
  searchParams,
}: PageProps<'/regions/[code]'>): Promise<Metadata> {
  const { code } = await params;
  const { peers } = await searchParams;
  const region = (await loadRegionProfile(code, requestedPeers(peers)))?.region;
  if (!region) return { title: 'Region not found' };
  return {
    title: region.name,
    description: `Computing power of ${region.name}: its place in the Computing Power Index, every indicator with its trend, and a comparison with peers.`,
    alternates: { canonical: `/regions/${region.code}` },
  };
}

/** One part of the profile, under its heading. */
function ProfileSection({
  id,
  title,
  children,
}: {
  id: string;
  title: string;
  children: ReactNode;
}) {
  return (
    <section aria-labelledby={id}>
      <h2 id={id} className="mb-4 text-xl font-semibold">
        {title}
      </h2>
      {children}
    </section>
  );
}

export default async function RegionPage({ params, searchParams }: PageProps<'/regions/[code]'>) {
  const { code } = await params;
  const { peers } = await searchParams;
  const profile = await loadRegionProfile(code, requestedPeers(peers));
  if (!profile) notFound();
  const { region } = profile;

  return (
    <div className="space-y-12">
      <header className="max-w-3xl">
        <SectionTrail href="/regions" section="Regions">
          {kindLabels[region.kind]}
        </SectionTrail>
        <h1 className="mt-2 text-3xl font-bold tracking-tight">{region.name}</h1>
        {region.description ? (
          <p className="mt-3 text-lg text-muted">{region.description}</p>
        ) : null}
        {region.members.length > 0 ? (
          <p className="mt-2 text-sm text-muted">
            Members: {region.members.map((member) => member.name).join(', ')}
          </p>
        ) : null}
        {region.aggregates.length > 0 ? (
          <p className="mt-2 text-sm text-muted">
            Part of:{' '}
            {region.aggregates.map((aggregate, index) => (
              <span key={aggregate.code}>
                {index > 0 ? ', ' : ''}
                <Link href={`/regions/${aggregate.code}`} className="underline">
                  {aggregate.name}
                </Link>
              </span>
            ))}
          </p>
        ) : null}
      </header>

      <ProfileSection id="standing" title="Where it stands">
        <IndexStanding profile={profile} />
      </ProfileSection>

      {profile.series.length > 0 ? (
        <>
          <ProfileSection id="comparison" title="Compared with peers">
            <PeerComparison profile={profile} />
          </ProfileSection>
          <ProfileSection id="indicators" title="Every indicator">
            <IndicatorTrends profile={profile} />
          </ProfileSection>
        </>
      ) : (
        <p className="text-muted">There are no values for {region.name} yet.</p>
      )}

      {region.articles.length > 0 ? (
        <section aria-labelledby="articles">
          <h2 id="articles" className="mb-4 text-xl font-semibold">
            Articles about {region.name}
          </h2>
          <ArticleList articles={region.articles} />
        </section>
      ) : null}
    </div>
  );
}
