import { createHash } from 'node:crypto';

/** What a Content-Security-Policy must allow by hash for an HTML page's inline code to run. */
export interface InlineHashes {
  /** `'sha256-…'` of each inline <script> (those without src). */
  scripts: string[];
  /** `'sha256-…'` of each inline <style> element and each style="…" attribute. */
  styles: string[];
}

const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

const namedEntities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** An attribute value as the browser reads it (React escapes &, <, >, " and '). */
function decodeAttribute(value: string): string {
  return value.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (whole, name: string) => {
    if (name.startsWith('#x') || name.startsWith('#X'))
      return String.fromCodePoint(parseInt(name.slice(2), 16));
    if (name.startsWith('#')) return String.fromCodePoint(parseInt(name.slice(1), 10));
    return namedEntities[name] ?? whole;
  });
}

/**
 * The CSP sources of an HTML page's inline scripts and styles, as a browser hashes them: the
 * text of each element, and each style attribute's value once its entities are decoded.
 * Repeated sources are listed once. Text never holds a raw `style="` (React escapes quotes),
 * so a match outside a tag is impossible in rendered pages and would only allow one more style.
 */
export function inlineHashes(html: string): InlineHashes {
  const scripts = [...html.matchAll(/<script(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/gi)].map(
    ([, code]) => sha256(code ?? ''),
  );
  const styleElements = [...html.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/gi)].map(([, css]) =>
    sha256(css ?? ''),
  );
  const styleAttributes = [...html.matchAll(/\sstyle="([^"]*)"/g)].map(([, value]) =>
    sha256(decodeAttribute(value ?? '')),
  );
  return {
    scripts: [...new Set(scripts)],
    styles: [...new Set([...styleElements, ...styleAttributes])],
  };
}
