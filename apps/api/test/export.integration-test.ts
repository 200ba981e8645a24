import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { useApiOnSeededDatabase } from './support/test-api.js';

const api = useApiOnSeededDatabase();

function exportUrl(format: string, parameters: Record<string, string>) {
  const url = new URL(`/export/observations.${format}`, api.baseUrl);
  for (const [name, value] of Object.entries(parameters)) url.searchParams.set(name, value);
  return url;
}

/** The stored rows of a selection as export records, in the export's order. */
async function storedRecords(indicators: string[], regions: string[], from: Date, to: Date) {
  const rows = await api.prisma.observation.findMany({
    where: {
      indicator: { code: { in: indicators } },
      region: { code: { in: regions } },
      periodStart: { gte: from, lte: to },
    },
    include: { indicator: true, region: true, source: true },
    orderBy: [{ indicatorId: 'asc' }, { regionId: 'asc' }, { periodStart: 'asc' }, { id: 'asc' }],
  });
  return rows.map((row) => ({
    indicator_code: row.indicator.code,
    indicator_name: row.indicator.name,
    unit: row.indicator.unit,
    region_code: row.region.code,
    region_name: row.region.name,
    period: row.period,
    period_start: row.periodStart.toISOString().slice(0, 10),
    value: row.value,
    status: row.status,
    note: row.note,
    source_key: row.source?.key ?? null,
    source_title: row.source?.title ?? null,
    source_publisher: row.source?.publisher ?? null,
    source_year: row.source?.year ?? null,
    source_url: row.source?.url ?? null,
  }));
}

const selection = {
  indicators: 'top500_systems,top500_rmax_pflops',
  regions: 'USA,CHN,DEU',
  from: '2022',
  to: '2024',
};

describe('observation export', () => {
  it('exports a selection as CSV with the source of every value', async () => {
    const response = await fetch(exportUrl('csv', selection));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(response.headers.get('content-disposition')).toBe(
      'attachment; filename="observations.csv"',
    );
    const records = parse(await response.text(), { columns: true }) as Record<string, string>[];
    const expected = await storedRecords(
      selection.indicators.split(','),
      selection.regions.split(','),
      new Date('2022-01-01'),
      new Date('2024-12-31'),
    );
    expect(expected.length).toBeGreaterThan(10);
    // CSV carries text: numbers as written, empty fields for nothing.
    expect(records).toEqual(
      expected.map((record) =>
        Object.fromEntries(
          Object.entries(record).map(([key, value]) => [key, value === null ? '' : String(value)]),
        ),
      ),
    );
  });

  it('exports the same selection as JSON', async () => {
    const response = await fetch(exportUrl('json', selection));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/json; charset=utf-8');
    const expected = await storedRecords(
      selection.indicators.split(','),
      selection.regions.split(','),
      new Date('2022-01-01'),
      new Date('2024-12-31'),
    );
    expect(await response.json()).toEqual(expected);
  });

  it('streams every observation when nothing is filtered, page after page', async () => {
    const response = await fetch(exportUrl('json', {}));
    expect(response.headers.get('transfer-encoding')).toBe('chunked');
    const records = (await response.json()) as unknown[];
    expect(records.length).toBe(await api.prisma.observation.count());
    expect(records.length).toBeGreaterThan(1000);
  });

  it.each([
    [{ regions: 'USA,NOWHERE' }, 404, 'NOT_FOUND'],
    [{ from: '2024-13' }, 400, 'BAD_USER_INPUT'],
    [{ status: 'FINAL,GUESSED' }, 400, 'BAD_USER_INPUT'],
  ])('refuses %o with %i %s', async (parameters, status, code) => {
    const response = await fetch(exportUrl('csv', parameters));
    expect(response.status).toBe(status);
    expect(await response.json()).toMatchObject({ errors: [{ extensions: { code } }] });
  });

  it('offers only CSV and JSON', async () => {
    expect((await fetch(exportUrl('xml', {}))).status).toBe(404);
  });
});
