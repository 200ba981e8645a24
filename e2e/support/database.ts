import { createHash } from 'node:crypto';
import pg from 'pg';

/** What the database holds for one observation, as the tests compare it with the page. */
export interface StoredFigure {
  value: number;
  period: string;
  status: string;
  note: string | null;
  sourceKey: string | null;
  sourceTitle: string | null;
  regionName: string;
  indicatorName: string;
  unit: string;
}

export interface StoredArticle {
  slug: string;
  title: string;
  body: string;
}

export interface StoredIndicator {
  code: string;
  name: string;
  unit: string;
  sourceTitles: string[];
}

export interface StoredGlossaryTerm {
  slug: string;
  term: string;
  definition: string;
}

export interface StoredRank {
  region: string;
  regionName: string;
  value: number;
  period: string;
}

const figureColumns = `
  o.value, o.period, o.status::text AS status, o.note, s.key AS "sourceKey", s.title AS "sourceTitle",
  r.name AS "regionName", i.name AS "indicatorName", i.unit`;

const figureJoins = `
  FROM "Observation" o
  JOIN "Indicator" i ON i.id = o."indicatorId"
  JOIN "Region" r ON r.id = o."regionId"
  LEFT JOIN "Source" s ON s.id = o."sourceId"`;

/** Read-only questions the tests ask the stack's database, to check what pages show. */
export class AtlasDatabase {
  readonly #pool: pg.Pool;

  constructor(databaseUrl: string) {
    this.#pool = new pg.Pool({ connectionString: databaseUrl, max: 2 });
  }

  async close(): Promise<void> {
    await this.#pool.end();
  }

  /** The observation of an indicator for a region in one period. */
  async figure(indicator: string, region: string, period: string): Promise<StoredFigure> {
    const { rows } = await this.#pool.query<StoredFigure>(
      `SELECT ${figureColumns} ${figureJoins} WHERE i.code = $1 AND r.code = $2 AND o.period = $3`,
      [indicator, region, period],
    );
    if (!rows[0]) throw new Error(`No observation of ${indicator} for ${region} in ${period}`);
    return rows[0];
  }

  /** The most recent measured (not projected) observation of an indicator for a region. */
  async latestFigure(indicator: string, region: string): Promise<StoredFigure> {
    const { rows } = await this.#pool.query<StoredFigure>(
      `SELECT ${figureColumns} ${figureJoins}
       WHERE i.code = $1 AND r.code = $2 AND o.status <> 'PROJECTION'
       ORDER BY o."periodStart" DESC, length(o.period) DESC LIMIT 1`,
      [indicator, region],
    );
    if (!rows[0]) throw new Error(`No observation of ${indicator} for ${region}`);
    return rows[0];
  }

  /** Countries ranked by an indicator in its latest measured period, best first. */
  async ranking(indicator: string): Promise<StoredRank[]> {
    const { rows } = await this.#pool.query<StoredRank>(
      `WITH candidates AS (
         SELECT r.code AS region, r.name AS "regionName", o.value, o.period, o."periodStart", i."higherIsBetter"
         ${figureJoins}
         WHERE i.code = $1 AND r.kind = 'COUNTRY' AND o.status <> 'PROJECTION'
       ), newest AS (
         SELECT period FROM candidates ORDER BY "periodStart" DESC, length(period) DESC LIMIT 1
       )
       SELECT region, "regionName", value, period FROM candidates
       WHERE period = (SELECT period FROM newest)
       ORDER BY CASE WHEN "higherIsBetter" = false THEN value ELSE -value END, region`,
      [indicator],
    );
    return rows;
  }

  /**
   * Creates (or keeps) an API key with the given scopes for an e2e machine client and
   * returns its secret; the API stores only the key's SHA-256 hash.
   */
  async ensureApiKey(scopes: string[]): Promise<string> {
    const prefix = 'e2elive000';
    const secret = `atlas_${prefix}_${'e2e-live-updates-key-'.padEnd(43, '0')}`;
    const keyHash = createHash('sha256').update(secret).digest('hex');
    await this.#pool.query(
      `WITH owner AS (
         INSERT INTO "User" (email, name, "passwordHash", role, "updatedAt")
         VALUES ('e2e-machine@example.org', 'E2E machine client', 'not-a-password', 'EDITOR', now())
         ON CONFLICT (email) DO UPDATE SET name = EXCLUDED.name
         RETURNING id
       )
       INSERT INTO "ApiKey" (name, prefix, "keyHash", scopes, "createdById")
       SELECT 'e2e live updates', $1, $2, $3, id FROM owner
       ON CONFLICT (prefix) DO UPDATE SET "keyHash" = EXCLUDED."keyHash", scopes = EXCLUDED.scopes, "revokedAt" = NULL`,
      [prefix, keyHash, scopes],
    );
    return secret;
  }

  /** One article by slug. */
  async article(slug: string): Promise<StoredArticle> {
    const { rows } = await this.#pool.query<StoredArticle>(
      'SELECT slug, title, body FROM "Article" WHERE slug = $1',
      [slug],
    );
    if (!rows[0]) throw new Error(`No article ${slug}`);
    return rows[0];
  }

  /** Published articles, newest first. */
  async publishedArticles(): Promise<StoredArticle[]> {
    const { rows } = await this.#pool.query<StoredArticle>(
      `SELECT slug, title, body FROM "Article" WHERE status = 'PUBLISHED' ORDER BY "publishedAt" DESC, id DESC`,
    );
    return rows;
  }

  async indicator(code: string): Promise<StoredIndicator> {
    const { rows } = await this.#pool.query<StoredIndicator>(
      `SELECT i.code, i.name, i.unit,
              coalesce(array_agg(s.title ORDER BY s.title) FILTER (WHERE s.id IS NOT NULL), '{}') AS "sourceTitles"
       FROM "Indicator" i
       LEFT JOIN "IndicatorSource" x ON x."indicatorId" = i.id
       LEFT JOIN "Source" s ON s.id = x."sourceId"
       WHERE i.code = $1 GROUP BY i.id`,
      [code],
    );
    if (!rows[0]) throw new Error(`No indicator ${code}`);
    return rows[0];
  }

  /** Titles of the published articles linked to an indicator or a region, in title order. */
  async linkedArticleTitles(kind: 'indicator' | 'region', code: string): Promise<string[]> {
    const [link, table, column] =
      kind === 'indicator'
        ? ['"ArticleIndicator"', '"Indicator"', '"indicatorId"']
        : ['"ArticleRegion"', '"Region"', '"regionId"'];
    const { rows } = await this.#pool.query<{ title: string }>(
      `SELECT a.title FROM "Article" a
       JOIN ${link} l ON l."articleId" = a.id
       JOIN ${table} t ON t.id = l.${column}
       WHERE t.code = $1 AND a.status = 'PUBLISHED'
       ORDER BY a.title`,
      [code],
    );
    return rows.map((row) => row.title);
  }

  /** Titles of the published articles tagged with a slug or using an indicator of the pillar of that code. */
  async topicArticleTitles(slug: string): Promise<string[]> {
    const { rows } = await this.#pool.query<{ title: string }>(
      `SELECT a.title FROM "Article" a
       WHERE a.status = 'PUBLISHED' AND (
         EXISTS (SELECT 1 FROM "ArticleTag" x JOIN "Tag" t ON t.id = x."tagId"
                 WHERE x."articleId" = a.id AND t.slug = $1)
         OR EXISTS (SELECT 1 FROM "ArticleIndicator" x JOIN "Indicator" i ON i.id = x."indicatorId"
                    JOIN "Pillar" p ON p.id = i."pillarId" WHERE x."articleId" = a.id AND p.code = $1))
       ORDER BY a.title`,
      [slug],
    );
    return rows.map((row) => row.title);
  }

  /** Every glossary term, by term. */
  async glossaryTerms(): Promise<StoredGlossaryTerm[]> {
    const { rows } = await this.#pool.query<StoredGlossaryTerm>(
      'SELECT slug, term, definition FROM "GlossaryTerm" ORDER BY term, slug',
    );
    return rows;
  }

  async glossaryTerm(slug: string): Promise<StoredGlossaryTerm> {
    const { rows } = await this.#pool.query<StoredGlossaryTerm>(
      'SELECT slug, term, definition FROM "GlossaryTerm" WHERE slug = $1',
      [slug],
    );
    if (!rows[0]) throw new Error(`No glossary term ${slug}`);
    return rows[0];
  }
}
