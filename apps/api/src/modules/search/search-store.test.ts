import { describe, expect, it } from 'vitest';
import { prefixQuery } from './search-store.js';

describe('prefixQuery', () => {
  it('requires every word, each as a word or the start of one', () => {
    expect(prefixQuery('comput power')).toBe('comput:* & power:*');
  });

  it('keeps only letters and digits, so query syntax cannot be injected', () => {
    expect(prefixQuery("TOP500 ) | !x:* 'a' & b")).toBe('TOP500:* & x:* & a:* & b:*');
    expect(prefixQuery('Türkiye')).toBe('Türkiye:*');
  });

  it('refuses a query without words', () => {
    expect(() => prefixQuery(' ?! ')).toThrow('query must contain at least one letter or digit');
  });
});
