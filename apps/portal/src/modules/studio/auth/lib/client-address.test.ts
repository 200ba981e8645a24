import { describe, expect, it } from 'vitest';
import { clientAddressHeader } from './client-address';

describe('clientAddressHeader', () => {
  it('keeps only the address the nearest proxy appended', () => {
    expect(clientAddressHeader('203.0.113.9, 198.51.100.7')).toEqual({
      'x-forwarded-for': '198.51.100.7',
    });
    expect(clientAddressHeader('::1')).toEqual({ 'x-forwarded-for': '::1' });
  });

  it('sends nothing when there is no address', () => {
    expect(clientAddressHeader(null)).toEqual({});
    expect(clientAddressHeader(' ')).toEqual({});
  });
});
