import { describe, expect, it } from 'vitest';
import { layoutLineChart, plotSize } from './line-chart-geometry';

const series = [
  {
    id: 'USA',
    label: 'United States',
    points: [
      { period: '2021', value: 100 },
      { period: '2019', value: 10 },
      { period: '2023', value: 1000 },
    ],
  },
  { id: 'CHN', label: 'China', points: [{ period: '2021', value: 0 }] },
];

describe('layoutLineChart', () => {
  it('places points in time order across the whole plot on a linear scale from zero', () => {
    const geometry = layoutLineChart(series, 'linear');
    const usa = geometry.series[0]!;
    expect(usa.points.map((point) => point.period)).toEqual(['2019', '2021', '2023']);
    expect(usa.points[0]!.x).toBe(0);
    expect(usa.points[2]!.x).toBe(plotSize);
    expect(usa.points[2]!.y).toBe(0);
    expect(geometry.series[1]!.points[0]!.y).toBe(plotSize);
    expect(geometry.yTicks.map((tick) => tick.label)).toEqual([
      '0',
      '200',
      '400',
      '600',
      '800',
      '1K',
    ]);
    expect(geometry.xTicks.map((tick) => tick.label)).toEqual([
      '2019',
      '2020',
      '2021',
      '2022',
      '2023',
    ]);
  });

  it('uses powers of ten on a log scale and counts the values it cannot show', () => {
    const geometry = layoutLineChart(series, 'log');
    expect(geometry.omittedForLog).toBe(1);
    expect(geometry.series[1]!.points).toEqual([]);
    expect(geometry.yTicks.map((tick) => tick.label)).toEqual(['10', '100', '1K']);
    const ys = geometry.series[0]!.points.map((point) => point.y);
    expect(ys[0]! - ys[1]!).toBeCloseTo(ys[1]! - ys[2]!);
  });

  it('labels monthly periods with their month', () => {
    const geometry = layoutLineChart(
      [
        {
          id: 'WLD',
          label: 'World',
          points: [
            { period: '2024-06', value: 1 },
            { period: '2025-06', value: 2 },
          ],
        },
      ],
      'linear',
    );
    expect(geometry.xTicks[0]?.label).toMatch(/^[A-Z][a-z]{2} 2024$/);
  });

  it('draws nothing for an empty selection', () => {
    expect(layoutLineChart([], 'linear').series).toEqual([]);
  });
});
