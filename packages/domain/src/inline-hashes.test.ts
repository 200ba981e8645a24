import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { inlineHashes } from './inline-hashes.ts';

const hash = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

describe('inlineHashes', () => {
  it('hashes inline scripts, not external ones, each source once', () => {
    const html =
      '<script>a()</script><script src="/x.js"></script><script async="">b()</script><script>a()</script>';
    expect(inlineHashes(html).scripts).toEqual([hash('a()'), hash('b()')]);
  });

  it('hashes style elements and style attributes as the browser decodes them', () => {
    const html =
      '<style>p{color:red}</style><div style="font-family:&quot;Inter&quot;;width:50%"></div><span style="content:&#x27;a&#x27;"></span>';
    expect(inlineHashes(html).styles).toEqual([
      hash('p{color:red}'),
      hash('font-family:"Inter";width:50%'),
      hash("content:'a'"),
    ]);
  });

  it('finds nothing in a page without inline code', () => {
    expect(inlineHashes('<p data-style="x">style="y"</p>')).toEqual({ scripts: [], styles: [] });
  });
});
