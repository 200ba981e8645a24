import type { IndexFieldsFragment } from '@/gql/graphql';
import { seriesColor } from '@/components/charts/series-colors';
import { RankedRegionCells, RankedRegionHeads } from '@/components/ranked-region-cells';

type IndexResult = IndexFieldsFragment;

const score = new Intl.NumberFormat('en', { maximumFractionDigits: 1, minimumFractionDigits: 1 });
const percent = new Intl.NumberFormat('en', { style: 'percent', maximumFractionDigits: 0 });

/**
 * The ranked regions with their scores; on the 0–100 scale each score is drawn as a bar
 * split into what each pillar contributes.
 */
export function IndexRanking({ index }: { index: IndexResult }) {
  const pillarOrder = index.weights.map((weight) => weight.pillar.code);
  const bars = index.normalisation === 'MIN_MAX';
  return (
    <div>
      {bars ? (
        <ul
          className="mb-3 flex flex-wrap gap-x-4 gap-y-1 text-xs"
          aria-label="Pillars in the bars"
        >
          {index.weights.map((weight, position) => (
            <li key={weight.pillar.code} className="flex items-center gap-1.5">
              <span
                aria-hidden
                className="inline-block h-2.5 w-4 rounded-sm"
                style={{ background: seriesColor(position) }}
              />
              {weight.pillar.name}
            </li>
          ))}
        </ul>
      ) : null}
      <table className="w-full border-collapse text-sm" data-index-ranking>
        <caption className="sr-only">
          Computing Power Index {index.period}, regions by score
        </caption>
        <thead>
          <tr className="border-b border-line text-left text-muted">
            <RankedRegionHeads />
            <th scope="col" className="py-1.5 pr-3 text-right font-medium">
              Score
            </th>
            {bars ? (
              <th scope="col" className="hidden w-1/3 py-1.5 pr-3 font-medium sm:table-cell">
                <span className="sr-only">Pillar contributions</span>
              </th>
            ) : null}
            <th
              scope="col"
              className="py-1.5 text-right font-medium"
              title="Share of the index weight with data"
            >
              Coverage
            </th>
          </tr>
        </thead>
        <tbody>
          {index.entries.map((entry) => (
            <tr
              key={entry.region.code}
              className="border-b border-line"
              data-region={entry.region.code}
            >
              <RankedRegionCells rank={entry.rank} region={entry.region} />
              <td className="py-1.5 pr-3 text-right font-semibold tabular-nums">
                <data value={entry.score}>{score.format(entry.score)}</data>
              </td>
              {bars ? (
                <td className="hidden py-1.5 pr-3 sm:table-cell">
                  <div
                    className="flex h-3 w-full overflow-hidden rounded-sm bg-surface"
                    role="img"
                    aria-label={entry.pillars
                      .map((pillar) => `${pillar.pillar.name} ${score.format(pillar.contribution)}`)
                      .join(', ')}
                  >
                    {[...entry.pillars]
                      .sort(
                        (a, b) =>
                          pillarOrder.indexOf(a.pillar.code) - pillarOrder.indexOf(b.pillar.code),
                      )
                      .map((pillar) => (
                        <span
                          key={pillar.pillar.code}
                          style={{
                            width: `${Math.max(0, pillar.contribution)}%`,
                            background: seriesColor(pillarOrder.indexOf(pillar.pillar.code)),
                          }}
                        />
                      ))}
                  </div>
                </td>
              ) : null}
              <td className="py-1.5 text-right text-muted tabular-nums">
                {percent.format(entry.coverage)}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {index.excluded.length > 0 ? (
        <p className="mt-3 text-xs text-muted">
          Not ranked, with data for less than {percent.format(index.minCoverage)} of the weight:{' '}
          {index.excluded
            .map((exclusion) => `${exclusion.region.name} (${percent.format(exclusion.coverage)})`)
            .join(', ')}
          .
        </p>
      ) : null}
    </div>
  );
}
