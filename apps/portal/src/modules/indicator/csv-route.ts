import { loadShownData } from './lib/load-indicator-page';
import { toCsv } from './lib/to-csv';
import { parseViewState } from './lib/view-state';

/** The CSV of exactly what the indicator page shows for the same query string. */
export async function GET(
  request: Request,
  { params }: RouteContext<'/indicators/[code]/data.csv'>,
) {
  const { code } = await params;
  const query = Object.fromEntries(
    [...new URL(request.url).searchParams.keys()].map((key) => [
      key,
      new URL(request.url).searchParams.getAll(key),
    ]),
  );
  const shown = await loadShownData(code, parseViewState(query));
  if (!shown) return new Response(`There is no indicator "${code}".\n`, { status: 404 });
  const { view, rows } = shown;
  const name = [
    code,
    view.state.view === 'map' ? shown.map?.period : view.state.regions.join('-'),
    view.state.measure === 'per-capita' ? 'per-capita' : '',
  ]
    .filter(Boolean)
    .join('_');
  return new Response(toCsv(rows, code, view.unit), {
    headers: {
      'content-type': 'text/csv; charset=utf-8',
      'content-disposition': `attachment; filename="${name}.csv"`,
    },
  });
}
