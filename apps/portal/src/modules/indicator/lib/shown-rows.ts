import 'server-only';
import type { FigureFieldsFragment } from '@/gql/graphql';
import { loadIndicatorView, type IndicatorView } from './load-indicator-view';
import { loadMapData, type MapData } from './load-map';
import { tableRows } from './table-rows';
import type { ViewState } from './view-state';

export interface ShownData {
  view: IndicatorView;
  map: MapData | null;
  /** Exactly the values the current view shows, in the order it shows them. */
  rows: FigureFieldsFragment[];
}

/** Loads an indicator view and the rows it shows: the map's period on the map, the selection elsewhere. */
export async function loadShownData(code: string, requested: ViewState): Promise<ShownData | null> {
  const view = await loadIndicatorView(code, requested);
  if (!view) return null;
  if (view.state.view === 'map') {
    const map = await loadMapData(view.indicator, view.state.period, view.state.measure);
    return { view, map, rows: map?.ranked ?? [] };
  }
  return { view, map: null, rows: tableRows(view.rows, view.state.regions) };
}
