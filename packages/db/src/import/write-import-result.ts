import { readPeriod } from '@atlas/domain';
import { countries, type ImportResult, type Top500System } from '@atlas/importers';
import type { Prisma } from '../generated/prisma/client.ts';
import { statusFromNote } from '../seed/observation-rules.ts';
import { arrayLiteral } from './array-literal.ts';
import { writeSystems, type SystemCount } from './write-systems.ts';

type Transaction = Prisma.TransactionClient;

/** An importer's result, with the systems and list period a TOP500 list adds. */
export type ImportResultToWrite = ImportResult & {
  systems?: readonly Top500System[];
  period?: string | null;
};

/** What writing one importer's result did. */
export interface ImportWriteSummary {
  sourceKey: string;
  /** Countries the file named that the atlas did not have yet. */
  regionsCreated: number;
  /** Observations added; those already stored are left as they are. */
  observationsAdded: number;
  /** Stored observations the file gives another value for, kept beside them as alternatives from the file's source. */
  alternatives: number;
  systems: SystemCount;
}

/** The result cannot be written: it has errors, or names an indicator or aggregate the atlas lacks. */
export class ImportWriteError extends Error {
  override readonly name = 'ImportWriteError';
}

const countryByIso3 = new Map(countries.map((country) => [country.iso3, country]));

/** ISO 3166-1 alpha-2 and numeric codes of an atlas country code, where ISO (or Eurostat, for Kosovo) has them. */
export function isoCodesOf(code: string): { iso2: string | null; isoNumeric: string | null } {
  const country = countryByIso3.get(code);
  return { iso2: country?.iso2 ?? null, isoNumeric: country?.numeric ?? null };
}

/**
 * Writes one importer's result in the caller's transaction, in bulk statements: the countries
 * it names that the atlas lacks (with their ISO codes, in the world), its source record
 * (created, or completed with the file's licence, name and checksum), its observations, and a
 * TOP500 list's systems and entries. An observation already stored keeps its value; a different
 * value from the file is kept as an alternative from the file's source, so nothing is lost.
 */
export async function writeImportResult(
  tx: Transaction,
  result: ImportResultToWrite,
): Promise<ImportWriteSummary> {
  if (result.errors.length > 0) {
    const [first] = result.errors;
    throw new ImportWriteError(
      `${result.source.fileName}: ${result.errors.length} error(s), first: ${first?.message}`,
    );
  }
  const systems = result.systems ?? [];
  const regionCodes = new Set([
    ...result.observations.map((observation) => observation.regionCode),
    ...systems.map((system) => system.regionCode),
  ]);
  const { regionIds, created: regionsCreated } = await ensureRegions(tx, regionCodes);
  const indicatorIds = await indicatorIdsOf(tx, result);
  const sourceId = await upsertSource(tx, result);
  const { added, alternatives } = await writeObservations(tx, result, {
    regionIds,
    indicatorIds,
    sourceId,
  });
  const systemCount =
    systems.length > 0 && result.period
      ? await writeSystems(tx, { period: result.period, systems, sourceId, regionIds })
      : { created: 0, followed: 0, entries: 0 };
  return {
    sourceKey: result.source.key,
    regionsCreated,
    observationsAdded: added,
    alternatives,
    systems: systemCount,
  };
}

/** The ids of `codes`; a country the atlas lacks is created from the ISO table, in the world. */
async function ensureRegions(
  tx: Transaction,
  codes: ReadonlySet<string>,
): Promise<{ regionIds: Map<string, number>; created: number }> {
  const find = () =>
    tx.region.findMany({ where: { code: { in: [...codes] } }, select: { id: true, code: true } });
  let stored = await find();
  const missing = [...codes].filter((code) => !stored.some((region) => region.code === code));
  const unknown = missing.filter((code) => !countryByIso3.has(code));
  if (unknown.length > 0) {
    throw new ImportWriteError(`the atlas has no region ${unknown.join(', ')}`);
  }
  if (missing.length > 0) {
    const world = await tx.region.findUnique({ where: { code: 'WLD' }, select: { id: true } });
    await tx.region.createMany({
      data: missing.map((code) => ({
        code,
        name: countryByIso3.get(code)?.name ?? code,
        kind: 'COUNTRY' as const,
        ...isoCodesOf(code),
        parentId: world?.id ?? null,
      })),
    });
    stored = await find();
  }
  return {
    regionIds: new Map(stored.map((region) => [region.code, region.id])),
    created: missing.length,
  };
}

async function indicatorIdsOf(tx: Transaction, result: ImportResult): Promise<Map<string, number>> {
  const codes = new Set(result.observations.map((observation) => observation.indicatorCode));
  const stored = await tx.indicator.findMany({
    where: { code: { in: [...codes] } },
    select: { id: true, code: true },
  });
  const ids = new Map(stored.map((indicator) => [indicator.code, indicator.id]));
  const unknown = [...codes].filter((code) => !ids.has(code));
  if (unknown.length > 0) {
    throw new ImportWriteError(
      `${result.source.fileName} feeds indicator(s) the atlas does not have: ${unknown.join(', ')}`,
    );
  }
  return ids;
}

/**
 * Creates the file's source, or reuses the one with its key: the atlas's own record keeps its
 * title and excerpt, and gains the file's licence, name and checksum.
 */
async function upsertSource(tx: Transaction, result: ImportResultToWrite): Promise<number> {
  const { source } = result;
  // The row the file's first figure was read from: the No. 1 of a list, the first value of a table.
  const excerpt =
    result.systems?.[0]?.excerpt ?? result.observations[0]?.excerpt ?? source.fileName;
  const [row] = await tx.$queryRaw<{ id: number }[]>`
    INSERT INTO "Source" (key, title, publisher, year, url, excerpt, licence, "fileName", sha256, "updatedAt")
    VALUES (${source.key}, ${source.title}, ${source.publisher}, ${source.year}, ${source.url ?? ''},
            ${excerpt}, ${source.licence}, ${source.fileName}, ${source.sha256}, now())
    ON CONFLICT (key) DO UPDATE
      SET licence = COALESCE(EXCLUDED.licence, "Source".licence),
          "fileName" = EXCLUDED."fileName",
          sha256 = EXCLUDED.sha256,
          "updatedAt" = now()
      WHERE "Source".sha256 IS DISTINCT FROM EXCLUDED.sha256
         OR "Source"."fileName" IS DISTINCT FROM EXCLUDED."fileName"
         OR "Source".licence IS DISTINCT FROM COALESCE(EXCLUDED.licence, "Source".licence)
    RETURNING id`;
  if (row) return row.id;
  // Nothing to update: the stored record is already the file's.
  const stored = await tx.source.findUniqueOrThrow({ where: { key: source.key } });
  return stored.id;
}

async function writeObservations(
  tx: Transaction,
  result: ImportResult,
  ids: { regionIds: Map<string, number>; indicatorIds: Map<string, number>; sourceId: number },
): Promise<{ added: number; alternatives: number }> {
  if (result.observations.length === 0) return { added: 0, alternatives: 0 };
  const rows = result.observations.map((observation) => {
    const period = readPeriod(observation.period);
    return {
      indicatorId: ids.indicatorIds.get(observation.indicatorCode) ?? 0,
      regionId: ids.regionIds.get(observation.regionCode) ?? 0,
      period: period.text,
      periodType: period.type,
      periodStart: period.start.toISOString().slice(0, 10),
      value: observation.value,
      status: statusFromNote(observation.note),
      note: observation.note,
    };
  });
  const column = (pick: (row: (typeof rows)[number]) => string | number | null) =>
    arrayLiteral(rows.map(pick));
  await tx.$executeRawUnsafe(`
    CREATE TEMP TABLE imported_observation (
      indicator_id integer, region_id integer, period text, period_type "PeriodType",
      period_start date, value double precision, status "ObservationStatus", note text
    ) ON COMMIT DROP`);
  await tx.$executeRaw`
    INSERT INTO imported_observation
    SELECT * FROM unnest(
      ${column((row) => row.indicatorId)}::integer[],
      ${column((row) => row.regionId)}::integer[],
      ${column((row) => row.period)}::text[],
      ${column((row) => row.periodType)}::"PeriodType"[],
      ${column((row) => row.periodStart)}::date[],
      ${column((row) => row.value)}::double precision[],
      ${column((row) => row.status)}::"ObservationStatus"[],
      ${column((row) => row.note)}::text[])`;
  const added = await tx.$executeRaw`
    INSERT INTO "Observation"
      ("indicatorId", "regionId", period, "periodType", "periodStart", value, status, note, "sourceId", "updatedAt")
    SELECT indicator_id, region_id, period, period_type, period_start, value, status, note,
           ${ids.sourceId}, now()
    FROM imported_observation
    ON CONFLICT ("indicatorId", "regionId", period) DO NOTHING`;
  const alternatives = await tx.$executeRaw`
    INSERT INTO "ObservationAlternative" ("observationId", value, note, "sourceId")
    SELECT o.id, i.value, i.note, ${ids.sourceId}
    FROM imported_observation i
    JOIN "Observation" o
      ON o."indicatorId" = i.indicator_id AND o."regionId" = i.region_id AND o.period = i.period
    WHERE o."sourceId" IS DISTINCT FROM ${ids.sourceId} AND o.value <> i.value
    ON CONFLICT ("observationId", "sourceId") DO UPDATE
      SET value = EXCLUDED.value, note = EXCLUDED.note
      WHERE "ObservationAlternative".value IS DISTINCT FROM EXCLUDED.value
         OR "ObservationAlternative".note IS DISTINCT FROM EXCLUDED.note`;
  await tx.$executeRaw`
    INSERT INTO "IndicatorSource" ("indicatorId", "sourceId")
    SELECT DISTINCT indicator_id, ${ids.sourceId}::integer FROM imported_observation
    ON CONFLICT DO NOTHING`;
  await tx.$executeRawUnsafe('DROP TABLE imported_observation');
  return { added, alternatives };
}
