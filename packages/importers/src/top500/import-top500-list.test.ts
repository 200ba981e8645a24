import { describe, expect, it } from 'vitest';
import { rawFile, seedObservations, top500ListPaths } from '../testing/raw-files.ts';
import { importTop500List, type Top500ImportResult } from './import-top500-list.ts';

const results = new Map<string, Top500ImportResult>(
  top500ListPaths().map((path) => [path, importTop500List(rawFile(path))]),
);
const resultOf = (period: string) => {
  const found = [...results.values()].find((result) => result.period === period);
  if (!found) throw new Error(`no list ${period}`);
  return found;
};
const valueOf = (result: Top500ImportResult, regionCode: string, indicatorCode: string) =>
  result.observations.find(
    (observation) =>
      observation.regionCode === regionCode && observation.indicatorCode === indicatorCode,
  )?.value;

describe('importTop500List on the 49 real list files', () => {
  it('reads 500 systems from every list, June 2000 to June 2025, without an error', () => {
    expect(results.size).toBe(49);
    for (const [path, result] of results) {
      expect(result.errors, path).toEqual([]);
      expect(result.systems, path).toHaveLength(500);
      expect(
        result.systems
          .map((system) => system.rank)
          .sort((a, b) => a - b)
          .at(-1),
        path,
      ).toBe(500);
    }
    expect([...results.values()].map((result) => result.period)).toContain('2000-06');
    expect(resultOf('2025-06').source).toMatchObject({
      key: 't500_202506',
      publisher: 'TOP500.org',
      year: 2025,
      fileName: 'TOP500_202506.xlsx',
      url: 'https://www.top500.org/lists/top500/2025/06/',
    });
    expect(resultOf('2025-06').source.sha256).toMatch(/^[0-9a-f]{64}$/);
  });

  it('converts GFlop/s (lists before 2017-06) to TFlop/s and keeps TFlop/s after', () => {
    // No. 1 of June 2016 and June 2017 is the same machine, Sunway TaihuLight: 93,014.594 TFlop/s.
    const before = resultOf('2016-06').systems.find((system) => system.rank === 1);
    const after = resultOf('2017-06').systems.find((system) => system.rank === 1);
    expect(before?.rmaxTflops).toBeCloseTo(93014.594, 2);
    expect(after?.rmaxTflops).toBeCloseTo(93014.594, 3);
    expect(after).toMatchObject({
      name: 'Sunway TaihuLight',
      regionCode: 'CHN',
      segment: 'Research',
      powerKw: 15371,
      accelerated: false,
    });
  });

  it('keeps the small figures of the oldest lists to four significant digits, not zero', () => {
    const june2000 = resultOf('2000-06');
    const entry = june2000.systems.find((system) => system.rank === 500);
    expect(valueOf(june2000, 'WLD', 'top500_entry_rmax_pflops')).toBe(
      Number(((entry?.rmaxTflops ?? 0) / 1000).toPrecision(4)),
    );
    expect(valueOf(june2000, 'WLD', 'top500_entry_rmax_pflops')).toBeGreaterThan(0);
  });

  it('keeps what links a system to its entry on the list before', () => {
    const fugaku = resultOf('2020-11').systems.find((system) => system.rank === 1);
    expect(fugaku).toMatchObject({
      name: 'Supercomputer Fugaku',
      previousRank: 1,
      systemId: '179807',
    });
    expect(resultOf('2020-06').systems.find((system) => system.systemId === '179807')?.rank).toBe(
      1,
    );
    expect(resultOf('2011-06').systems.every((system) => system.previousRank === null)).toBe(true);
  });

  it('maps TOP500 country names to ISO3, Hong Kong and Taiwan apart', () => {
    const codes = new Set(
      [...results.values()].flatMap((result) =>
        result.systems.map((system) => `${system.countryName}=${system.regionCode}`),
      ),
    );
    for (const pair of [
      'Korea, South=KOR',
      'South Korea=KOR',
      'Czech Republic=CZE',
      'Czechia=CZE',
      'Taiwan=TWN',
      'Hong Kong=HKG',
      'Russia=RUS',
      'Saudia Arabia=SAU',
      'United States=USA',
      'United Kingdom=GBR',
    ]) {
      expect(codes).toContain(pair);
    }
  });

  it('says nothing of accelerators before 2011-06 or of power before 2008-06, rather than zero', () => {
    const codes = (period: string) =>
      new Set(resultOf(period).observations.map((observation) => observation.indicatorCode));
    expect(codes('2008-06')).not.toContain('top500_accelerated_systems');
    expect(codes('2008-06')).toContain('top500_energy_efficiency_gflops_w');
    expect(codes('2007-11')).not.toContain('top500_power_mw');
    expect(codes('2011-06')).toContain('top500_accelerated_systems');
    expect(resultOf('2010-06').systems.every((system) => system.accelerated === null)).toBe(true);
  });

  it('derives efficiency over the systems that report power and says how many did', () => {
    const result = resultOf('2024-11');
    const usa = result.systems.filter((system) => system.regionCode === 'USA');
    const reporting = usa.filter((system) => system.powerKw !== null);
    expect(reporting.length).toBeLessThan(usa.length);
    expect(valueOf(result, 'USA', 'top500_power_reporting_systems')).toBe(reporting.length);
    const rmax = reporting.reduce((total, system) => total + system.rmaxTflops, 0);
    const power = reporting.reduce((total, system) => total + (system.powerKw ?? 0), 0);
    expect(valueOf(result, 'USA', 'top500_energy_efficiency_gflops_w')).toBeCloseTo(
      rmax / power,
      3,
    );
    const efficiency = result.observations.find(
      (o) => o.regionCode === 'USA' && o.indicatorCode === 'top500_energy_efficiency_gflops_w',
    );
    expect(efficiency?.note).toBe(`${reporting.length} of ${usa.length} systems report power.`);
  });

  it('counts systems by segment so that they add up to the country and the world', () => {
    const result = resultOf('2024-06');
    const segmentTotal = (regionCode: string) =>
      result.observations
        .filter((o) => o.regionCode === regionCode && o.indicatorCode.startsWith('top500_systems_'))
        .reduce((total, o) => total + o.value, 0);
    expect(segmentTotal('WLD')).toBe(500);
    expect(segmentTotal('DEU')).toBe(valueOf(result, 'DEU', 'top500_systems'));
    expect(valueOf(result, 'WLD', 'top500_systems')).toBeUndefined();
  });

  it('equals the hand-aggregated rows of prisma/data/observations.csv for the 11 lists they cover', () => {
    const handRows = seedObservations(/^t500_/);
    const periods = new Set(handRows.map((row) => row.period));
    expect(periods.size).toBe(11);
    expect(handRows).toHaveLength(772);
    for (const row of handRows) {
      const derived = valueOf(resultOf(row.period), row.region_code, row.indicator_code);
      expect(derived, `${row.region_code} ${row.indicator_code} ${row.period}`).toBe(
        Number(row.value),
      );
    }
    // And no country the compiler did not list: the same set of countries per list.
    for (const period of periods) {
      const handCountries = handRows
        .filter((row) => row.period === period && row.indicator_code === 'top500_systems')
        .map((row) => row.region_code)
        .sort();
      const derivedCountries = resultOf(period)
        .observations.filter((o) => o.indicatorCode === 'top500_systems')
        .map((o) => o.regionCode)
        .sort();
      expect(derivedCountries, period).toEqual(handCountries);
    }
  });
});
