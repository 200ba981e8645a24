import { describe, expect, it } from 'vitest';
import { arrayLiteral } from './array-literal.ts';

describe('arrayLiteral', () => {
  it('writes numbers, nulls and quoted strings with their quotes and backslashes escaped', () => {
    expect(arrayLiteral([1, 0.1, -2.5e-7, 1e21, null])).toBe('{1,0.1,-2.5e-7,1e+21,NULL}');
    expect(arrayLiteral(['NULL', 'a,b {c}', 'say "hi"', 'back\\slash', 'two\nlines', ''])).toBe(
      '{"NULL","a,b {c}","say \\"hi\\"","back\\\\slash","two\nlines",""}',
    );
    expect(arrayLiteral([])).toBe('{}');
  });
});
