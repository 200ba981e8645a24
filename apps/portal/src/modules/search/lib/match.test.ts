import { describe, expect, it } from 'vitest';
import { queryTerms, search } from './match';

const indicators = [
  { name: 'TOP500 systems', description: 'Number of systems a country has on a TOP500 list' },
  { name: 'Data-centre electricity consumption', description: 'Electricity used by data centres' },
  { name: 'Electric power consumption per capita', description: 'kWh per person' },
];
const fields = (item: (typeof indicators)[number]) => [item.name, item.description];

describe('search', () => {
  it('finds items containing every term, title matches first', () => {
    expect(search(indicators, 'electricity', fields).map((item) => item.name)).toEqual([
      'Data-centre electricity consumption',
    ]);
    expect(search(indicators, 'consumption', fields)).toHaveLength(2);
    expect(search(indicators, 'top500 list', fields).map((item) => item.name)).toEqual([
      'TOP500 systems',
    ]);
  });

  it('matches word prefixes, ignores case and accents, and finds nothing for an empty query', () => {
    expect(search(indicators, 'ELECTR', fields)).toHaveLength(2);
    expect(search([{ name: 'Türkiye', description: '' }], 'turk', fields)).toHaveLength(1);
    expect(search(indicators, '  ', fields)).toEqual([]);
  });

  it('splits a query into at most ten distinct words', () => {
    expect(queryTerms('AI, ai; data-centre')).toEqual(['ai', 'data', 'centre']);
  });
});
