import { describe, expect, it } from 'vitest';
import {
  baseHeaders,
  cacheControlFor,
  pagePolicy,
  publicPageCaching,
  studioCaching,
} from './security-headers';

const settings = { publicApiUrl: 'https://api.atlas.example', production: true };
const page = (pathname: string, https = false, hostname = 'localhost') => ({
  pathname,
  https,
  hostname,
});

describe('baseHeaders', () => {
  it('denies frames everywhere but the embeds', () => {
    expect(baseHeaders(page('/studio'), settings)['X-Frame-Options']).toBe('DENY');
    expect(baseHeaders(page('/embed/indicators/x'), settings)['X-Frame-Options']).toBeUndefined();
  });

  it('sends HSTS only in production, over HTTPS, away from localhost', () => {
    const hsts = (https: boolean, hostname: string, production = true) =>
      baseHeaders(page('/', https, hostname), { ...settings, production })[
        'Strict-Transport-Security'
      ];
    expect(hsts(true, 'atlas.example')).toMatch(/^max-age=31536000/);
    expect(hsts(false, 'atlas.example')).toBeUndefined();
    expect(hsts(true, 'localhost')).toBeUndefined();
    expect(hsts(true, '127.0.0.1')).toBeUndefined();
    expect(hsts(true, 'atlas.example', false)).toBeUndefined();
  });
});

describe('pagePolicy', () => {
  it('allows this origin and the hashed inline code, the API and its WebSocket', () => {
    const policy = pagePolicy(
      page('/'),
      { scripts: ["'sha256-a'"], styles: ["'sha256-b'"] },
      settings,
    );
    expect(policy).toContain("script-src 'self' 'sha256-a';");
    expect(policy).toContain("style-src 'self' 'unsafe-hashes' 'sha256-b';");
    expect(policy).toContain(
      "connect-src 'self' https://api.atlas.example wss://api.atlas.example;",
    );
    expect(policy).toContain("frame-ancestors 'none'");
    expect(policy).not.toContain('unsafe-inline');
  });

  it('lets any site frame an embed, and keeps styles to this origin without inline ones', () => {
    const policy = pagePolicy(page('/embed/indicators/x'), { scripts: [], styles: [] }, settings);
    expect(policy).toContain('frame-ancestors *');
    expect(policy).toContain("style-src 'self';");
  });
});

describe('cacheControlFor', () => {
  const html = { status: 200, contentType: 'text/html; charset=utf-8' };
  it('keeps studio responses out of every cache', () => {
    expect(cacheControlFor('/studio/articles', html)).toBe(studioCaching);
    expect(cacheControlFor('/studio', { status: 303, contentType: '' })).toBe(studioCaching);
  });
  it('lets shared caches keep public pages, and leaves the rest to Next.js', () => {
    expect(cacheControlFor('/', html)).toBe(publicPageCaching);
    expect(cacheControlFor('/studios', html)).toBe(publicPageCaching);
    expect(cacheControlFor('/missing', { ...html, status: 404 })).toBeUndefined();
    expect(
      cacheControlFor('/indicators/x/data.csv', { status: 200, contentType: 'text/csv' }),
    ).toBeUndefined();
    expect(cacheControlFor('/api/revalidate', html)).toBeUndefined();
  });
});
