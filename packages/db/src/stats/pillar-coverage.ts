import type { PrismaClient } from '../generated/prisma/client.ts';

export interface PillarCoverage {
  pillar: string;
  name: string;
  /** Indicators of the pillar with at least one country value in the window. */
  indicators: number;
  /** Countries and territories with at least one value of the pillar in the window. */
  countries: number;
}

export interface CoverageWindow {
  /** How many calendar years back the window reaches, the current year included. */
  years: number;
  /** The day the window ends; projections for later periods do not count as coverage. */
  asOf: Date;
}

/**
 * How many countries each pillar has data for: a country counts when it has at least one value
 * of any indicator of the pillar in a period that started within the last `years` years and not
 * after `asOf`. Aggregates and the world are left out: they are not countries.
 */
export async function countPillarCoverage(
  prisma: PrismaClient,
  { years, asOf }: CoverageWindow,
): Promise<PillarCoverage[]> {
  const windowStart = new Date(Date.UTC(asOf.getUTCFullYear() - years + 1, 0, 1));
  const rows = await prisma.$queryRaw<
    { pillar: string; name: string; indicators: bigint; countries: bigint }[]
  >`
    SELECT p.code AS pillar, p.name,
           COUNT(DISTINCT o."indicatorId") AS indicators,
           COUNT(DISTINCT o."regionId") AS countries
    FROM "Pillar" p
    LEFT JOIN "Indicator" i ON i."pillarId" = p.id
    LEFT JOIN "Observation" o ON o."indicatorId" = i.id
      AND o."periodStart" >= ${windowStart} AND o."periodStart" <= ${asOf}
      AND o."regionId" IN (SELECT id FROM "Region" WHERE kind = 'COUNTRY')
    GROUP BY p.code, p.name, p.position
    ORDER BY p.position`;
  return rows.map((row) => ({
    pillar: row.pillar,
    name: row.name,
    indicators: Number(row.indicators),
    countries: Number(row.countries),
  }));
}
