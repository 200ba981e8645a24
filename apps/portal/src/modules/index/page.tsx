import type { Metadata } from 'next';
import { QueryPanel } from '@/components/query-panel';
import { parseArticle } from '@/modules/article/lib/parse-article';
import { renderArticle } from '@/modules/article/components/render-article';
import { IndexControls } from './components/index-controls';
import { IndexRanking } from './components/index-ranking';
import { parseIndexState } from './lib/index-state';
import { IndexPageQuery, indexVariables, loadIndexPage } from './lib/load-index-page';
import { readIndexMethodology } from './lib/methodology';
import { PageHeader } from '@/components/page-header';

export const metadata: Metadata = {
  title: 'Computing Power Index',
  description:
    'Countries ranked by a weighted score of capacity, technology, industry, environment and applications indicators; change the weights and see the ranking recomputed.',
  alternates: { canonical: '/computing-power-index' },
};

const share = new Intl.NumberFormat('en', { style: 'percent', maximumFractionDigits: 0 });
const countries = (count: number) => `${count} ${count === 1 ? 'country' : 'countries'}`;

export default async function ComputingPowerIndexPage({
  searchParams,
}: PageProps<'/computing-power-index'>) {
  const state = parseIndexState(await searchParams);
  const [{ index, pillars }, methodology] = await Promise.all([
    loadIndexPage(state),
    readIndexMethodology(),
  ]);
  const weighable = pillars.filter((pillar) =>
    pillar.indicators.some(
      (indicator) => indicator.indexWeight !== null && indicator.higherIsBetter !== null,
    ),
  );
  const custom = Object.keys(state.pillarWeights).length > 0;
  const methodologyTree = methodology
    ? parseArticle(methodology, { demoteHeadings: 1 }).tree
    : null;

  return (
    <div className="space-y-10">
      <PageHeader title={<>Computing Power Index {index.period}</>}>
        One score per country from the indicators of several pillars, each put on a common scale and
        weighted. The weights are a choice: change them and the API recomputes the ranking.
      </PageHeader>

      <IndexControls
        pillars={weighable.map((pillar) => ({
          code: pillar.code,
          name: pillar.name,
          weight: state.pillarWeights[pillar.code] ?? pillar.indexWeight ?? 0,
        }))}
        normalisation={state.normalisation}
        period={state.period}
      />

      <section aria-labelledby="ranking" className="space-y-3">
        <h2 id="ranking" className="text-xl font-semibold">
          Ranking{custom ? ' with your weights' : ''}
        </h2>
        {index.entries.length > 0 ? (
          <IndexRanking index={index} />
        ) : (
          <p className="text-muted">No region has enough data for these weights.</p>
        )}
      </section>

      <section aria-labelledby="weights" className="max-w-3xl">
        <h2 id="weights" className="mb-3 text-xl font-semibold">
          Weights used
        </h2>
        <p className="mb-3 text-sm text-muted">
          Per pillar, the indicators that count and how many countries each covers.
        </p>
        <ul className="space-y-3 text-sm">
          {index.weights.map((pillar) => (
            <li key={pillar.pillar.code}>
              <span className="font-medium">{pillar.pillar.name}</span>{' '}
              <span className="text-muted">{share.format(pillar.share)} of the score</span>
              <ul className="mt-1 ml-4 list-disc text-muted">
                {pillar.indicators.map((indicator) => (
                  <li key={indicator.indicator.code}>
                    <a
                      href={`/indicators/${indicator.indicator.code}`}
                      className="text-accent underline"
                    >
                      {indicator.indicator.name}
                    </a>
                    {`: ${share.format(indicator.share)} of the pillar, ${countries(indicator.regionsCovered)} with a value in ${index.period ?? 'the year'}`}
                  </li>
                ))}
              </ul>
            </li>
          ))}
        </ul>
      </section>

      {methodologyTree ? (
        <section
          aria-label="Methodology"
          className="prose-atlas max-w-3xl border-t border-line pt-8"
        >
          {renderArticle(methodologyTree, [], [])}
        </section>
      ) : null}

      <div className="max-w-3xl">
        <QueryPanel query={IndexPageQuery.toString()} variables={indexVariables(state)} />
      </div>
    </div>
  );
}
