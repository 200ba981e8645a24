import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { withoutTermMarks } from '@atlas/domain';
import { LineChart } from '@/components/charts/line-chart';
import { CiteThis } from '@/components/cite-this';
import { QueryPanel } from '@/components/query-panel';
import { SectionTrail } from '@/components/section-trail';
import { SourceLine, SourceList } from '@/components/source-citation';
import { TermText } from '@/components/term-text';
import { latestPeriod } from '@/lib/citation';
import { config } from '@/lib/config';
import { formatPeriod } from '@/lib/format';
import { ArticleList } from '@/modules/article/components/article-list';
import { DataTable } from './components/data-table';
import { IndicatorMetadata } from './components/indicator-metadata';
import { LiveUpdates } from './components/live-updates';
import { MapView } from './components/map-view';
import { RegionPicker } from './components/region-picker';
import { SharePanel } from './components/share-panel';
import { ViewControls } from './components/view-controls';
import { ViewTabs } from './components/view-tabs';
import { ChartQuery } from './lib/chart-query';
import { loadIndicatorDetail, loadShownData } from './lib/load-indicator-page';
import { ObservationChangedSubscription } from './lib/observation-changed';
import { parseViewState, viewQuery } from './lib/view-state';

export async function generateMetadata({
  params,
  searchParams,
}: PageProps<'/indicators/[code]'>): Promise<Metadata> {
  const { code } = await params;
  const indicator = await loadIndicatorDetail(code, parseViewState(await searchParams));
  if (!indicator) return { title: 'Indicator not found' };
  return {
    title: indicator.name,
    description: withoutTermMarks(indicator.description),
    alternates: { canonical: `/indicators/${indicator.code}` },
  };
}

const directionText = {
  true: 'More is better.',
  false: 'Less is better.',
  null: 'A context measure: neither more nor less is better.',
} as const;

export default async function IndicatorPage({
  params,
  searchParams,
}: PageProps<'/indicators/[code]'>) {
  const { code } = await params;
  const shown = await loadShownData(code, parseViewState(await searchParams));
  if (!shown) notFound();
  const { view, map, rows } = shown;
  const { indicator, state, unit } = view;
  const base = `/indicators/${indicator.code}`;
  const regionNames = view.series.map((series) => series.label).join(', ');
  const sources = state.view === 'map' ? (map?.sources ?? []) : view.sources;
  const viewPath = `${base}${viewQuery(state)}`;
  const citedView =
    state.view === 'map' && map ? `map of ${formatPeriod(map.period)}` : regionNames;
  const perPerson = state.measure === 'per-capita' ? ', per person' : '';

  return (
    <div className="space-y-8">
      <header className="max-w-3xl">
        <SectionTrail href="/indicators" section="Indicators">
          {indicator.pillar.name}
        </SectionTrail>
        <h1 className="mt-2 text-3xl font-bold tracking-tight">{indicator.name}</h1>
        <p className="mt-3 text-lg text-muted">
          <TermText text={indicator.description} terms={indicator.glossaryTerms} />
        </p>
        <p className="mt-2 text-sm text-muted">
          Unit: {indicator.unit}.{' '}
          {directionText[String(indicator.higherIsBetter) as keyof typeof directionText]}
        </p>
        <IndicatorMetadata indicator={indicator} />
      </header>

      <section aria-label="Data views" className="space-y-4">
        <ViewTabs code={indicator.code} state={state} />
        <LiveUpdates
          url={`${config.publicApiUrl.replace(/^http/, 'ws')}/graphql`}
          subscription={ObservationChangedSubscription.toString()}
          indicator={indicator.code}
        />
        <ViewControls
          code={indicator.code}
          state={state}
          perCapitaAvailable={view.perCapitaAvailable}
        />
        {state.view === 'chart' || state.view === 'table' ? (
          <RegionPicker code={indicator.code} state={state} choices={view.choices} />
        ) : null}

        {state.view === 'chart' ? (
          <figure className="rounded-lg border border-line p-4" data-chart={indicator.code}>
            <figcaption className="sr-only">{`${indicator.name} for ${regionNames}`}</figcaption>
            <LineChart
              series={view.series}
              unit={unit}
              scale={state.scale}
              description={`Line chart of ${indicator.name} (${unit}) for ${regionNames}. The table view lists every value.`}
            />
            <SourceLine sources={view.sources} listId="sources" />
          </figure>
        ) : null}
        {state.view === 'map' ? (
          map ? (
            <MapView indicator={indicator} state={state} map={map} unit={unit} />
          ) : (
            <p className="text-muted">
              No country has a value of this indicator, so there is nothing to map.
            </p>
          )
        ) : null}
        {state.view === 'table' ? (
          <DataTable rows={rows} unit={unit} caption={`${indicator.name} for ${regionNames}`} />
        ) : null}
        {state.view === 'sources' ? (
          <section aria-labelledby="sources" className="max-w-3xl">
            <h2 id="sources" className="mb-3 text-lg font-semibold">
              Sources of {indicator.name}
            </h2>
            <SourceList sources={indicator.sources} />
          </section>
        ) : null}
        {state.view !== 'sources' && state.measure === 'per-capita' ? (
          <p className="text-sm text-muted">
            Per-person values divide each value by the region&apos;s population in the same year;
            values without a population for that year are left out.
          </p>
        ) : null}
      </section>

      {indicator.methodology ? (
        <section aria-labelledby="methodology" className="max-w-3xl">
          <h2 id="methodology" className="mb-2 text-lg font-semibold">
            How it is measured
          </h2>
          <p className="text-muted">{indicator.methodology}</p>
        </section>
      ) : null}

      {state.view !== 'sources' ? (
        <section aria-labelledby="sources" className="max-w-3xl">
          <h2 id="sources" className="mb-3 text-lg font-semibold">
            Sources
          </h2>
          <SourceList sources={sources} />
        </section>
      ) : null}

      {indicator.articles.length > 0 ? (
        <section aria-labelledby="articles">
          <h2 id="articles" className="mb-3 text-lg font-semibold">
            Articles that use it
          </h2>
          <ArticleList articles={indicator.articles} />
        </section>
      ) : null}

      <div className="max-w-3xl space-y-3">
        <CiteThis
          what="this view"
          citationKey={indicator.code}
          title={`${indicator.name}: ${citedView}${perPerson}`}
          url={`${config.siteUrl}${viewPath}`}
          figuresTo={latestPeriod(rows.map((row) => row.period))}
          renderedAt={new Date().toISOString()}
        />
        <QueryPanel
          query={ChartQuery.toString()}
          variables={{
            code: indicator.code,
            regions: state.view === 'map' ? rows.map((row) => row.region.code) : state.regions,
            perCapita: state.measure === 'per-capita',
          }}
        />
        <SharePanel
          path={viewPath}
          embedPath={`/embed${base}${viewQuery({ ...state, view: 'chart' })}`}
          title={indicator.name}
        />
      </div>
    </div>
  );
}
