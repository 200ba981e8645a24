import type { Top500System } from '@atlas/importers';
import type { Prisma } from '../generated/prisma/client.ts';
import { arrayLiteral } from './array-literal.ts';
import { followSystems, type StoredEntry } from './follow-systems.ts';

type Transaction = Prisma.TransactionClient;

/** What writing one list's systems did. */
export interface SystemCount {
  /** Systems seen for the first time. */
  created: number;
  /** Systems found on an earlier list (or on this one, when it is written again). */
  followed: number;
  /** Entries added or changed; those already as the file gives them are left alone. */
  entries: number;
}

export interface ListToWrite {
  /** The list, YYYY-MM. */
  period: string;
  systems: readonly Top500System[];
  sourceId: number;
  regionIds: ReadonlyMap<string, number>;
}

/**
 * Writes a list's systems and their entries: each row is followed to the system it was on the
 * list before (see followSystems), new systems are created, and a system's attributes become
 * those of its latest list. Writing a list again changes only the entries that differ.
 */
export async function writeSystems(tx: Transaction, list: ListToWrite): Promise<SystemCount> {
  const { period, systems } = list;
  const [sameList, previousList, known] = await Promise.all([
    storedEntries(tx, { list: period }),
    tx.top500Entry.findFirst({
      where: { list: { lt: period } },
      orderBy: { list: 'desc' },
      select: { list: true },
    }),
    tx.top500System.findMany({
      where: {
        top500Id: { in: systems.flatMap((system) => (system.systemId ? [system.systemId] : [])) },
      },
      select: { id: true, top500Id: true },
    }),
  ]);
  const previous = previousList
    ? { list: previousList.list, entries: await storedEntries(tx, { list: previousList.list }) }
    : null;
  const followed = followSystems(period, systems, {
    sameList,
    previous,
    byTop500Id: new Map(known.map((system) => [system.top500Id ?? '', system.id])),
  });

  const fresh = followed.filter((row) => row.systemId === null);
  const newIds = await tx.$queryRaw<{ id: number }[]>`
    SELECT nextval(pg_get_serial_sequence('"Top500System"', 'id'))::integer AS id
    FROM generate_series(1, ${fresh.length}::integer)`;
  fresh.forEach((row, at) => (row.systemId = newIds[at]?.id ?? null));

  const rows = followed.map(({ system, systemId }) => ({ ...system, id: systemId ?? 0 }));
  const column = (pick: (row: (typeof rows)[number]) => string | number | null) =>
    arrayLiteral(rows.map(pick));
  await tx.$executeRawUnsafe(`
    CREATE TEMP TABLE list_row (
      system_id integer, rank integer, top500_id text, name text, computer text, site text,
      region_id integer, manufacturer text, segment text, installation_year integer,
      rmax double precision, rpeak double precision, power double precision, cores bigint,
      accelerator_cores bigint, accelerator text, processor text, is_new boolean
    ) ON COMMIT DROP`);
  await tx.$executeRaw`
    INSERT INTO list_row
    SELECT *, false FROM unnest(
      ${column((row) => row.id)}::integer[],
      ${column((row) => row.rank)}::integer[],
      ${column((row) => row.systemId)}::text[],
      ${column((row) => row.name)}::text[],
      ${column((row) => row.computer)}::text[],
      ${column((row) => row.site)}::text[],
      ${column((row) => list.regionIds.get(row.regionCode) ?? 0)}::integer[],
      ${column((row) => row.manufacturer)}::text[],
      ${column((row) => row.segment)}::text[],
      ${column((row) => row.year)}::integer[],
      ${column((row) => row.rmaxTflops)}::double precision[],
      ${column((row) => row.rpeakTflops)}::double precision[],
      ${column((row) => row.powerKw)}::double precision[],
      ${column((row) => row.cores)}::bigint[],
      ${column((row) => row.acceleratorCores)}::bigint[],
      ${column((row) => row.accelerator)}::text[],
      ${column((row) => row.processor)}::text[])`;
  await tx.$executeRaw`
    UPDATE list_row SET is_new = true
    WHERE system_id = ANY(${arrayLiteral(fresh.map((row) => row.systemId))}::integer[])`;
  await tx.$executeRaw`
    INSERT INTO "Top500System"
      (id, "top500Id", name, computer, site, "regionId", manufacturer, segment, "installationYear",
       "firstList", "latestList", "bestRank", "rmaxTflops", "updatedAt")
    SELECT system_id, top500_id, name, computer, site, region_id, manufacturer, segment,
           installation_year, ${period}, ${period}, rank, rmax, now()
    FROM list_row WHERE is_new`;
  // A followed system takes this list's attributes when the list is its latest.
  await tx.$executeRaw`
    UPDATE "Top500System" s
    SET "top500Id" = COALESCE(r.top500_id, s."top500Id"), name = COALESCE(r.name, s.name),
        computer = r.computer, site = r.site, "regionId" = r.region_id,
        manufacturer = r.manufacturer, segment = r.segment,
        "installationYear" = r.installation_year, "rmaxTflops" = r.rmax, "updatedAt" = now()
    FROM list_row r
    WHERE NOT r.is_new AND s.id = r.system_id AND ${period} >= s."latestList"
      AND (s."top500Id" IS DISTINCT FROM COALESCE(r.top500_id, s."top500Id")
        OR s.name IS DISTINCT FROM COALESCE(r.name, s.name)
        OR s.computer IS DISTINCT FROM r.computer OR s.site <> r.site
        OR s."regionId" <> r.region_id OR s.manufacturer IS DISTINCT FROM r.manufacturer
        OR s.segment <> r.segment OR s."installationYear" IS DISTINCT FROM r.installation_year
        OR s."rmaxTflops" <> r.rmax OR s."latestList" <> ${period})`;
  // Entries already as the file gives them are not written again.
  await tx.$executeRaw`
    DELETE FROM "Top500Entry" e WHERE e.list = ${period} AND NOT EXISTS
      (SELECT 1 FROM list_row r WHERE r.rank = e.rank AND r.system_id = e."systemId")`;
  const entries = await tx.$executeRaw`
    INSERT INTO "Top500Entry" AS e
      ("systemId", list, rank, "rmaxTflops", "rpeakTflops", "powerKw", cores, "acceleratorCores",
       accelerator, processor, manufacturer, site, segment, "sourceId")
    SELECT system_id, ${period}, rank, rmax, rpeak, power, cores, accelerator_cores, accelerator,
           processor, manufacturer, site, segment, ${list.sourceId}
    FROM list_row
    ON CONFLICT (list, rank) DO UPDATE
      SET "rmaxTflops" = EXCLUDED."rmaxTflops", "rpeakTflops" = EXCLUDED."rpeakTflops",
          "powerKw" = EXCLUDED."powerKw", cores = EXCLUDED.cores,
          "acceleratorCores" = EXCLUDED."acceleratorCores", accelerator = EXCLUDED.accelerator,
          processor = EXCLUDED.processor, manufacturer = EXCLUDED.manufacturer,
          site = EXCLUDED.site, segment = EXCLUDED.segment, "sourceId" = EXCLUDED."sourceId"
      WHERE (e."rmaxTflops", e."rpeakTflops", e."powerKw", e.cores, e."acceleratorCores",
             e.accelerator, e.processor, e.manufacturer, e.site, e.segment, e."sourceId")
        IS DISTINCT FROM
            (EXCLUDED."rmaxTflops", EXCLUDED."rpeakTflops", EXCLUDED."powerKw", EXCLUDED.cores,
             EXCLUDED."acceleratorCores", EXCLUDED.accelerator, EXCLUDED.processor,
             EXCLUDED.manufacturer, EXCLUDED.site, EXCLUDED.segment, EXCLUDED."sourceId")`;
  await tx.$executeRaw`
    UPDATE "Top500System" s
    SET "firstList" = e.first, "latestList" = e.latest, "bestRank" = e.best, "updatedAt" = now()
    FROM (SELECT "systemId", min(list) AS first, max(list) AS latest, min(rank) AS best
          FROM "Top500Entry" WHERE "systemId" IN (SELECT system_id FROM list_row)
          GROUP BY "systemId") e
    WHERE s.id = e."systemId"
      AND (s."firstList", s."latestList", s."bestRank") IS DISTINCT FROM (e.first, e.latest, e.best)`;
  await tx.$executeRawUnsafe('DROP TABLE list_row');
  return { created: fresh.length, followed: rows.length - fresh.length, entries };
}

async function storedEntries(tx: Transaction, where: { list: string }): Promise<StoredEntry[]> {
  const entries = await tx.top500Entry.findMany({
    where,
    select: {
      rank: true,
      systemId: true,
      site: true,
      rmaxTflops: true,
      system: { select: { computer: true, name: true, top500Id: true } },
    },
  });
  return entries.map(({ system, ...entry }) => ({ ...entry, ...system }));
}
