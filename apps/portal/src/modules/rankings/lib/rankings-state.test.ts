import { describe, expect, it } from 'vitest';
import { parseRankingsState, rankingsHref, sortEntries, sortHref } from './rankings-state';

describe('parseRankingsState', () => {
  it('defaults to the flagship indicator, its latest period, by rank', () => {
    expect(parseRankingsState({})).toEqual({
      indicator: 'top500_rmax_pflops',
      period: null,
      sort: 'rank',
      direction: 'asc',
    });
  });

  it('reads the indicator, period and sort, and drops a malformed period or sort', () => {
    expect(
      parseRankingsState({ indicator: 'gdp_usd', period: '2024-06', sort: 'value', dir: 'asc' }),
    ).toEqual({ indicator: 'gdp_usd', period: '2024-06', sort: 'value', direction: 'asc' });
    expect(parseRankingsState({ period: 'last year', sort: 'colour' })).toMatchObject({
      period: null,
      sort: 'rank',
    });
  });
});

describe('rankingsHref and sortHref', () => {
  const state = parseRankingsState({ indicator: 'gdp_usd', period: '2023' });

  it('leave defaults out of the URL', () => {
    expect(rankingsHref(parseRankingsState({}))).toBe('/rankings');
    expect(rankingsHref(state)).toBe('/rankings?indicator=gdp_usd&period=2023');
  });

  it('turn the current column around and open another in its first direction', () => {
    expect(sortHref(state, 'rank')).toBe('/rankings?indicator=gdp_usd&period=2023&dir=desc');
    expect(sortHref(state, 'value')).toBe('/rankings?indicator=gdp_usd&period=2023&sort=value');
    expect(sortHref({ ...state, sort: 'value', direction: 'desc' }, 'value')).toBe(
      '/rankings?indicator=gdp_usd&period=2023&sort=value&dir=asc',
    );
  });
});

describe('sortEntries', () => {
  const entries = [
    { rank: 1, name: 'United States', value: 30 },
    { rank: 2, name: 'China', value: 20 },
    { rank: 2, name: 'Japan', value: 20 },
    { rank: 4, name: 'Brazil', value: 5 },
  ];
  const names = (sort: 'rank' | 'name' | 'value', direction: 'asc' | 'desc') =>
    sortEntries(entries, { indicator: 'x', period: null, sort, direction }).map((e) => e.name);

  it('sorts by rank, name or value in either direction', () => {
    expect(names('rank', 'desc')).toEqual(['Brazil', 'China', 'Japan', 'United States']);
    expect(names('name', 'asc')).toEqual(['Brazil', 'China', 'Japan', 'United States']);
    expect(names('name', 'desc')).toEqual(['United States', 'Japan', 'China', 'Brazil']);
    expect(names('value', 'asc')).toEqual(['Brazil', 'China', 'Japan', 'United States']);
    expect(names('value', 'desc')).toEqual(['United States', 'China', 'Japan', 'Brazil']);
  });
});
