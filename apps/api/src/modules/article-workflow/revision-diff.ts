import type { ArticleRevision } from '@atlas/db';
import { diffLines } from 'diff';

export interface DiffLine {
  kind: 'ADDED' | 'REMOVED' | 'UNCHANGED';
  text: string;
}

export interface RevisionDiff {
  from: ArticleRevision;
  to: ArticleRevision;
  slug: DiffLine[];
  title: DiffLine[];
  summary: DiffLine[];
  body: DiffLine[];
  tags: DiffLine[];
  indicatorCodes: DiffLine[];
  regionCodes: DiffLine[];
}

/** Two revisions compared: the text line by line, the tags and links item by item. */
export function diffRevisions(from: ArticleRevision, to: ArticleRevision): RevisionDiff {
  return {
    from,
    to,
    slug: lineDiff(from.slug, to.slug),
    title: lineDiff(from.title, to.title),
    summary: lineDiff(from.summary, to.summary),
    body: lineDiff(from.body, to.body),
    tags: listDiff(from.tags, to.tags),
    indicatorCodes: listDiff(from.indicatorCodes, to.indicatorCodes),
    regionCodes: listDiff(from.regionCodes, to.regionCodes),
  };
}

function lineDiff(from: string, to: string): DiffLine[] {
  return diffLines(from, to).flatMap((change) => {
    const kind = change.added ? 'ADDED' : change.removed ? 'REMOVED' : 'UNCHANGED';
    return change.value
      .replace(/\n$/, '')
      .split('\n')
      .map((text) => ({ kind, text }) as DiffLine);
  });
}

/** Items of either list, in code-point order, marked by the side they are on. */
function listDiff(from: readonly string[], to: readonly string[]): DiffLine[] {
  return [...new Set([...from, ...to])].sort().map((text) => ({
    kind: !from.includes(text) ? 'ADDED' : !to.includes(text) ? 'REMOVED' : 'UNCHANGED',
    text,
  }));
}
