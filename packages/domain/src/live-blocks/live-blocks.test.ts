import { describe, expect, it } from 'vitest';
import { findLiveBlocks } from './find-live-blocks.ts';
import { formatLiveBlock } from './format-live-block.ts';
import { isLiveBlockKind, type LiveBlock, type LiveDirective } from './live-block-spec.ts';
import { parseBlockSpec, unknownAttributes } from './parse-block-spec.ts';

const block = (
  name: LiveDirective['name'],
  attributes: LiveDirective['attributes'],
  inline = name === 'live',
) => parseBlockSpec({ name, inline, attributes });

describe('isLiveBlockKind', () => {
  it('knows the three kinds and nothing else', () => {
    expect(['live', 'chart', 'ranking', 'figure', 'toString'].filter(isLiveBlockKind)).toEqual([
      'live',
      'chart',
      'ranking',
    ]);
  });
});

describe('parseBlockSpec', () => {
  it('reads each kind into its spec, leaving out what was not given', () => {
    expect(block('live', { indicator: 'compute_total_eflops', region: 'WLD' })).toEqual({
      kind: 'live',
      spec: { indicator: 'compute_total_eflops', region: 'WLD' },
    });
    expect(
      block('chart', {
        indicator: 'dc_power_gw',
        regions: 'DEU ,FRA,,ITA',
        from: '2020',
        to: '2024-12',
        scale: 'log',
      }),
    ).toEqual({
      kind: 'chart',
      spec: {
        indicator: 'dc_power_gw',
        regions: ['DEU', 'FRA', 'ITA'],
        from: '2020',
        to: '2024-12',
        scale: 'log',
      },
    });
    expect(
      block('ranking', { indicator: 'top500_systems', period: '2024-11', limit: '5' }),
    ).toEqual({
      kind: 'ranking',
      spec: { indicator: 'top500_systems', period: '2024-11', limit: 5 },
    });
  });

  it('lists ten entries when a ranking does not say how many', () => {
    expect(block('ranking', { indicator: 'x' })).toEqual({
      kind: 'ranking',
      spec: { indicator: 'x', limit: 10 },
    });
  });

  it.each<[LiveDirective['name'], LiveDirective['attributes'], string]>([
    ['chart', { indicator: 'top500_rmax_pflops' }, 'regions is required'],
    ['live', { region: 'WLD' }, 'indicator is required'],
    ['live', { indicator: 'x', region: null }, 'region is required'],
    [
      'live',
      { indicator: 'a-b', region: 'WLD' },
      'indicator must be a code of letters, digits and underscores',
    ],
    ['ranking', { indicator: 'x', period: '2024-13' }, 'period must be a period, YYYY or YYYY-MM'],
    [
      'chart',
      { indicator: 'x', regions: 'USA', from: '19' },
      'from must be a period, YYYY or YYYY-MM',
    ],
    ['chart', { indicator: 'x', regions: 'USA', to: '' }, 'to must be a period, YYYY or YYYY-MM'],
    ['chart', { indicator: 'x', regions: ' , ' }, 'regions must name at least one region'],
    [
      'chart',
      { indicator: 'x', regions: 'USA,C N' },
      'regions.1 must be a code of letters, digits and underscores',
    ],
    [
      'chart',
      { indicator: 'x', regions: Array.from({ length: 13 }, (_, i) => `R${i}`).join(',') },
      'regions can name at most 12 regions',
    ],
    ['chart', { indicator: 'x', regions: 'USA', scale: 'cubic' }, 'scale must be linear or log'],
    ['ranking', { indicator: 'x', limit: '0' }, 'limit must be at least 1'],
    ['ranking', { indicator: 'x', limit: '51' }, 'limit can be at most 50'],
    ['ranking', { indicator: 'x', limit: '2.5' }, 'limit must be a whole number'],
    ['ranking', { indicator: 'x', limit: 'ten' }, 'limit must be a whole number'],
  ])('names the first problem of %s %j: %s', (name, attributes, problem) => {
    expect(block(name, attributes)).toEqual({ kind: 'invalid', directive: name, problem });
  });

  it('accepts fifty entries and twelve regions, the most there may be', () => {
    expect(block('ranking', { indicator: 'x', limit: '50' }).kind).toBe('ranking');
    const regions = Array.from({ length: 12 }, (_, i) => `R${i}`).join(',');
    expect(block('chart', { indicator: 'x', regions }).kind).toBe('chart');
  });

  it('wants charts and rankings on a line of their own, and allows a figure anywhere', () => {
    expect(block('chart', { indicator: 'x', regions: 'USA' }, true)).toEqual({
      kind: 'invalid',
      directive: 'chart',
      problem: 'must stand on a line of its own, written ::chart{…}',
    });
    expect(block('ranking', { indicator: 'x' }, true).kind).toBe('invalid');
    expect(block('live', { indicator: 'x', region: 'WLD' }, false).kind).toBe('live');
  });
});

describe('unknownAttributes', () => {
  it('names the attributes a kind does not read', () => {
    expect(
      unknownAttributes({
        name: 'live',
        inline: true,
        attributes: { indicator: 'x', regoin: 'WLD', limit: '3' },
      }),
    ).toEqual(['regoin', 'limit']);
    expect(
      unknownAttributes({
        name: 'chart',
        inline: false,
        attributes: { scale: 'log', from: '2019' },
      }),
    ).toEqual([]);
  });
});

describe('findLiveBlocks', () => {
  it('finds inline figures and blocks with their attributes and source text', () => {
    const markdown = [
      'The world had :live{indicator="compute_total_eflops" region="WLD"} in all.',
      '',
      '::chart{indicator="top500_rmax_pflops" regions="USA,CHN" from="2019"}',
      '',
      'Not blocks: 10:30, room:blue, :::ranking{indicator="x"}, a:live{indicator="y"}, :figure{a="b"}.',
    ].join('\n');
    expect(findLiveBlocks(markdown)).toEqual([
      {
        name: 'live',
        inline: true,
        attributes: { indicator: 'compute_total_eflops', region: 'WLD' },
        source: ':live{indicator="compute_total_eflops" region="WLD"}',
      },
      {
        name: 'chart',
        inline: false,
        attributes: { indicator: 'top500_rmax_pflops', regions: 'USA,CHN', from: '2019' },
        source: '::chart{indicator="top500_rmax_pflops" regions="USA,CHN" from="2019"}',
      },
    ]);
  });
});

describe('formatLiveBlock', () => {
  it('writes each kind as authors write it, leaving out empty attributes', () => {
    expect(
      formatLiveBlock({
        kind: 'chart',
        spec: { indicator: 'top500_rmax_pflops', regions: ['USA', 'CHN'], from: '2019', to: '' },
      }),
    ).toBe('::chart{indicator="top500_rmax_pflops" regions="USA,CHN" from="2019"}');
    expect(
      formatLiveBlock({
        kind: 'ranking',
        spec: { indicator: 'top500_systems', period: '2024-11', limit: 10 },
      }),
    ).toBe('::ranking{indicator="top500_systems" period="2024-11" limit="10"}');
    expect(
      formatLiveBlock({ kind: 'live', spec: { indicator: 'compute_total_eflops', region: 'WLD' } }),
    ).toBe(':live{indicator="compute_total_eflops" region="WLD"}');
  });

  it('round-trips through findLiveBlocks and parseBlockSpec', () => {
    const blocks: LiveBlock[] = [
      { kind: 'live', spec: { indicator: 'a', region: 'WLD', period: '2024-06' } },
      {
        kind: 'chart',
        spec: { indicator: 'b', regions: ['USA', 'CHN'], from: '2019', to: '2025', scale: 'log' },
      },
      { kind: 'ranking', spec: { indicator: 'c', period: '2024', limit: 5 } },
    ];
    const markdown = blocks.map(formatLiveBlock).join('\n\n');
    expect(findLiveBlocks(markdown).map(parseBlockSpec)).toEqual(blocks);
  });
});
