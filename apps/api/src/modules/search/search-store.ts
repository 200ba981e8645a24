import { Prisma, type PrismaClient } from '@atlas/db';
import { badUserInput } from '../../errors.js';

export type SearchKind = 'ARTICLE' | 'INDICATOR' | 'REGION';

export interface SearchHit {
  kind: SearchKind;
  id: number;
  rank: number;
  snippet: string;
}

export const maxSearchResults = 100;

/**
 * A tsquery in which every word of the input must match as a word or a word's beginning. Only
 * letters and digits are kept, so nothing the user types can break the query syntax.
 */
export function prefixQuery(text: string): string {
  const words = text.match(/[\p{L}\p{N}]+/gu) ?? [];
  if (words.length === 0) {
    throw badUserInput('query must contain at least one letter or digit', 'query');
  }
  return words.map((word) => `${word}:*`).join(' & ');
}

const headlineOptions =
  'StartSel=**, StopSel=**, MinWords=12, MaxWords=30, MaxFragments=2, FragmentDelimiter=" … "';

/** Ranked matches across articles, indicators and regions, with a highlighted excerpt each. */
export function searchDocuments(
  prisma: PrismaClient,
  input: {
    text: string;
    kinds: ReadonlySet<SearchKind>;
    first: number;
    includeUnpublished: boolean;
  },
): Promise<SearchHit[]> {
  if (input.first < 1 || input.first > maxSearchResults) {
    throw badUserInput(
      `first must be between 1 and ${maxSearchResults}, got ${input.first}`,
      'first',
    );
  }
  // The excerpt is computed only for the results returned, after ranking and cutting. Ranks are
  // divided by 1 + the logarithm of the document's length (normalisation 1), so a name that is
  // the match ranks above a long article that mentions it many times.
  return prisma.$queryRaw<SearchHit[]>(Prisma.sql`
    WITH search AS (SELECT to_tsquery('english', ${prefixQuery(input.text)}) AS query),
    hits AS (
      SELECT 'ARTICLE' AS kind, a.id, ts_rank_cd(a."searchVector", search.query, 1) AS rank,
             a.title || '. ' || a.summary || ' ' || a.body AS document
      FROM "Article" a, search
      WHERE ${input.kinds.has('ARTICLE')} AND a."searchVector" @@ search.query
        AND (a.status = 'PUBLISHED' OR ${input.includeUnpublished})
      UNION ALL
      SELECT 'INDICATOR', i.id, ts_rank_cd(i."searchVector", search.query, 1),
             i.name || '. ' || i.description || ' ' || coalesce(i.methodology, '')
      FROM "Indicator" i, search
      WHERE ${input.kinds.has('INDICATOR')} AND i."searchVector" @@ search.query
      UNION ALL
      SELECT 'REGION', r.id, ts_rank_cd(r."searchVector", search.query, 1),
             r.name || coalesce('. ' || r.description, '')
      FROM "Region" r, search
      WHERE ${input.kinds.has('REGION')} AND r."searchVector" @@ search.query
    ),
    top AS (SELECT * FROM hits ORDER BY rank DESC, kind, id LIMIT ${input.first})
    SELECT top.kind, top.id, top.rank::float8 AS rank,
           ts_headline('english', top.document, search.query, ${headlineOptions}) AS snippet
    FROM top, search
    ORDER BY top.rank DESC, top.kind, top.id`);
}
