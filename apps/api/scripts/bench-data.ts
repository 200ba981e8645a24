import type pg from 'pg';

/** The size of the benchmark dataset. */
export const regionCount = 200;
export const indicatorCount = 50;
export const firstYear = 2000;
export const periodCount = 25;
export const lastYear = firstYear + periodCount - 1;
export const regionCode = (n: number) => `R${String(n).padStart(3, '0')}`;
export const indicatorCode = (n: number) => `ind_${String(n).padStart(2, '0')}`;
const pillarCodes = ['capacity', 'technology', 'industry', 'environment', 'applications'];

/** Everything with plain SQL inside PostgreSQL: 250,000 observations take seconds this way. */
export async function seedBenchmarkData(client: pg.Client): Promise<void> {
  await client.query(
    `
    INSERT INTO "Pillar" (code, name, description, position, "indexWeight", "updatedAt")
    SELECT code, initcap(code), 'Benchmark pillar', ord::int, 1.0 / ord, now()
    FROM unnest($1::text[]) WITH ORDINALITY AS p(code, ord)`,
    [pillarCodes],
  );
  await client.query(`
    INSERT INTO "Region" (code, name, kind, "updatedAt") VALUES ('WLD', 'World', 'WORLD', now())`);
  await client.query(
    `
    INSERT INTO "Region" (code, name, kind, "parentId", "updatedAt")
    SELECT 'R' || lpad(n::text, 3, '0'), 'Region ' || n, 'COUNTRY',
           (SELECT id FROM "Region" WHERE code = 'WLD'), now()
    FROM generate_series(1, $1::int) AS n`,
    [regionCount],
  );
  // Every pillar weighs; in each, the first two indicators carry index weight; every fifth
  // indicator counts downwards (less is better).
  await client.query(
    `
    INSERT INTO "Indicator" (code, name, unit, description, "higherIsBetter", additive, "indexWeight", "pillarId", "updatedAt")
    SELECT 'ind_' || lpad(n::text, 2, '0'), 'Indicator ' || n, 'units', 'Benchmark indicator',
           n % 5 <> 0, true, CASE WHEN n <= 10 THEN 1 + n % 3 END,
           (SELECT id FROM "Pillar" WHERE position = 1 + (n - 1) % 5), now()
    FROM generate_series(1, $1::int) AS n`,
    [indicatorCount],
  );
  await client.query(`
    INSERT INTO "Source" (key, title, publisher, year, url, excerpt, "updatedAt")
    SELECT 'src_' || code, 'Source of ' || name, 'Benchmark publisher', 2024,
           'https://example.org/' || code, 'Excerpt', now()
    FROM "Indicator"`);
  await client.query(`
    INSERT INTO "IndicatorSource" ("indicatorId", "sourceId")
    SELECT i.id, s.id FROM "Indicator" i JOIN "Source" s ON s.key = 'src_' || i.code`);
  await client.query(
    `
    INSERT INTO "Observation" ("indicatorId", "regionId", period, "periodType", "periodStart", value, status, "sourceId", "updatedAt")
    SELECT i.id, r.id, y::text, 'YEAR', make_date(y, 1, 1), round((random() * 1000)::numeric, 3),
           'FINAL', s.id, now()
    FROM "Indicator" i
    JOIN "Source" s ON s.key = 'src_' || i.code
    CROSS JOIN "Region" r
    CROSS JOIN generate_series($1::int, $2::int) AS y
    WHERE r.kind = 'COUNTRY'`,
    [firstYear, lastYear],
  );
  await client.query('ANALYZE');
}
