import Form from 'next/form';
import { ChoroplethMap } from '@/components/charts/choropleth-map';
import { RankingTable } from '@/components/ranking-table';
import { formatPeriod } from '@/lib/format';
import type { IndicatorDetail, MapData } from '../lib/load-indicator-page';
import type { ViewState } from '../lib/view-state';
import { ShowButton } from '@/components/show-button';

interface MapViewProps {
  indicator: IndicatorDetail;
  state: ViewState;
  map: MapData;
  unit: string;
}

/** The map of one period with a period chooser and the ranked table the map is drawn from. */
export function MapView({ indicator, state, map, unit }: MapViewProps) {
  return (
    <div className="space-y-6">
      <Form
        action={`/indicators/${indicator.code}`}
        scroll={false}
        className="flex flex-wrap items-center gap-2 text-sm"
      >
        <input type="hidden" name="view" value="map" />
        {state.regions.length > 0 ? (
          <input type="hidden" name="regions" value={state.regions.join(',')} />
        ) : null}
        {state.measure !== 'absolute' ? (
          <input type="hidden" name="measure" value={state.measure} />
        ) : null}
        <label htmlFor="map-period" className="text-muted">
          Period
        </label>
        <select
          id="map-period"
          name="period"
          defaultValue={map.period}
          className="rounded-md border border-line bg-canvas px-2 py-1.5"
        >
          {map.periods.map((period) => (
            <option key={period} value={period}>
              {formatPeriod(period)}
            </option>
          ))}
        </select>
        <ShowButton />
      </Form>
      <ChoroplethMap
        values={map.ranked}
        unit={unit}
        period={map.period}
        description={`World map of ${indicator.name} (${unit}) in ${formatPeriod(map.period)}; the table below lists the values.`}
      />
      <RankingTable
        indicator={{ ...indicator, unit }}
        entries={map.ranked.map((figure) => ({ rank: figure.rank, observation: figure }))}
      />
    </div>
  );
}
