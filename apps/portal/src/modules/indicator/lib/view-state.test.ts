import { describe, expect, it } from 'vitest';
import { parseViewState, viewQuery } from './view-state';

describe('parseViewState', () => {
  it('reads every part of the state from the URL', () => {
    expect(
      parseViewState({
        view: 'map',
        regions: 'usa,CHN',
        scale: 'log',
        measure: 'per-capita',
        period: '2024-11',
      }),
    ).toEqual({
      view: 'map',
      regions: ['USA', 'CHN'],
      scale: 'log',
      measure: 'per-capita',
      period: '2024-11',
    });
  });

  it('accepts regions repeated by a form and drops duplicates and junk', () => {
    expect(parseViewState({ regions: ['DEU', 'JPN,DEU', '<script>', ''] }).regions).toEqual([
      'DEU',
      'JPN',
    ]);
  });

  it('falls back to the defaults for values that make no sense', () => {
    expect(
      parseViewState({ view: 'pie', scale: 'cubic', measure: 'x', period: '2024-13' }),
    ).toEqual({
      view: 'chart',
      regions: [],
      scale: 'linear',
      measure: 'absolute',
      period: undefined,
    });
  });
});

describe('viewQuery', () => {
  it('writes only what differs from the defaults, with readable commas', () => {
    const state = parseViewState({ regions: 'USA,CHN' });
    expect(viewQuery(state)).toBe('?regions=USA,CHN');
    expect(viewQuery(state, { view: 'table', scale: 'log' })).toBe(
      '?view=table&regions=USA,CHN&scale=log',
    );
    expect(viewQuery(parseViewState({}))).toBe('');
  });

  it('round-trips through parseViewState', () => {
    const state = parseViewState({
      view: 'map',
      regions: 'FRA',
      measure: 'per-capita',
      period: '2023',
    });
    const params = Object.fromEntries(new URLSearchParams(viewQuery(state)));
    expect(parseViewState(params)).toEqual(state);
  });
});
