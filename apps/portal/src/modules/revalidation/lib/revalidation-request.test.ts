import { describe, expect, it } from 'vitest';
import { hasBearerSecret, readRevalidationBody } from './revalidation-request';

describe('hasBearerSecret', () => {
  const secret = 'a-secret-of-enough-length';
  it('accepts the secret as a bearer token only', () => {
    expect(hasBearerSecret(`Bearer ${secret}`, secret)).toBe(true);
    expect(hasBearerSecret(`bearer ${secret}`, secret)).toBe(true);
    expect(hasBearerSecret('Bearer a-secret-of-enough-lengtH', secret)).toBe(false);
    expect(hasBearerSecret('Bearer short', secret)).toBe(false);
    expect(hasBearerSecret(null, secret)).toBe(false);
  });
});

describe('readRevalidationBody', () => {
  it('returns the tags of a well-formed body', () => {
    expect(readRevalidationBody({ tags: ['indicator:top500_systems', 'articles'] })).toEqual({
      tags: ['indicator:top500_systems', 'articles'],
    });
  });

  it('names what is wrong with a malformed body', () => {
    expect(readRevalidationBody({ tags: [] })).toEqual({
      error: 'Body must be {"tags": [string, …]}: tags: name at least one tag',
    });
    expect(readRevalidationBody({ tags: ['x'.repeat(257)] })).toMatchObject({
      error: /tags.0: a tag is at most 256/,
    });
    expect(readRevalidationBody(null)).toMatchObject({ error: /^Body must be/ });
  });
});
