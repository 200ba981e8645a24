import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { PrismaClient } from '@atlas/db';
import { ObservationImportService } from '../../src/modules/imports/observation-import-service.js';
import { createSignedInViewer } from '../support/fixtures.js';
import { useTestDatabase } from '../support/test-database.js';

const header = 'region_code,indicator_code,period,value,status,source_key,note';

describe('ObservationImportService', () => {
  const database = useTestDatabase({ referenceData: true });
  let prisma: PrismaClient;
  let imports: ObservationImportService;
  let editorId: number;

  beforeAll(async () => {
    prisma = database.prisma;
    imports = new ObservationImportService(prisma, async () => {});
    editorId = (await createSignedInViewer(prisma, 'EDITOR')).user.id;
  });

  beforeEach(async () => {
    await prisma.$executeRawUnsafe(
      'TRUNCATE "Observation", "ObservationChange", "ImportBatch", "AuditEvent" CASCADE',
    );
    await importRows([
      'USA,top500_systems,2024-06,171,final,t500_202406,first count',
      'CHN,top500_systems,2024-06,80,final,t500_202406,',
    ]);
    await prisma.$executeRawUnsafe('TRUNCATE "ImportBatch", "AuditEvent" CASCADE');
  });

  async function importRows(rows: string[]) {
    return imports.commit(
      { csv: [header, ...rows].join('\n'), fileName: 'test.csv' },
      { userId: editorId, apiKeyId: null },
    );
  }

  async function snapshot() {
    return {
      observations: await prisma.observation.findMany({ orderBy: { id: 'asc' } }),
      changes: await prisma.observationChange.count(),
      batches: await prisma.importBatch.count(),
      auditEvents: await prisma.auditEvent.count(),
    };
  }

  it('reports in a dry run what would be added, changed and left alone, and writes nothing', async () => {
    const before = await snapshot();
    const report = await imports.dryRun({
      csv: [
        header,
        'USA,top500_systems,2024-06,171,final,t500_202406,first count',
        'CHN,top500_systems,2024-06,63,,,',
        'JPN,top500_systems,2024-06,29,,t500_202406,',
        'JPN,top500_rmax_pflops,2024,1.5,provisional,,',
      ].join('\n'),
      fileName: 'june.csv',
    });
    expect(report).toMatchObject({
      fileName: 'june.csv',
      committed: false,
      batchId: null,
      rowCount: 4,
      added: 2,
      changed: 1,
      unchanged: 1,
      invalid: 0,
      errorCount: 0,
      errors: [],
    });
    expect(report.changes).toEqual([
      {
        line: 3,
        kind: 'CHANGED',
        regionCode: 'CHN',
        indicatorCode: 'top500_systems',
        period: '2024-06',
        previousValue: 80,
        newValue: 63,
      },
      {
        line: 4,
        kind: 'ADDED',
        regionCode: 'JPN',
        indicatorCode: 'top500_systems',
        period: '2024-06',
        previousValue: null,
        newValue: 29,
      },
      {
        line: 5,
        kind: 'ADDED',
        regionCode: 'JPN',
        indicatorCode: 'top500_rmax_pflops',
        period: '2024',
        previousValue: null,
        newValue: 1.5,
      },
    ]);
    expect(await snapshot()).toEqual(before);
  });

  it('counts a changed status, source or note as a change, and an empty optional field as none', async () => {
    const report = await imports.dryRun({
      csv: [
        header,
        'USA,top500_systems,2024-06,171,provisional,,',
        'CHN,top500_systems,2024-06,80,,,',
      ].join('\n'),
      fileName: 'status.csv',
    });
    expect(report).toMatchObject({ added: 0, changed: 1, unchanged: 1 });
    expect(report.changes.map((change) => change.line)).toEqual([2]);
  });

  it('lists every invalid row with its line number and reason', async () => {
    const report = await imports.dryRun({
      csv: [
        header,
        'USA,top500_systems,2024-11,173,,,',
        'ATL,top500_systems,2024-11,1,,,',
        'USA,top500_gpus,2024-11,1,,,',
        'USA,top500_systems,2024-11,1,,t500_209901,',
        'CHN,top500_systems,2024-11,sixty,,,',
        'JPN,top500_systems,Nov 2024,34,,,',
        'USA,top500_systems,2024-11,174,,,',
      ].join('\n'),
      fileName: 'bad.csv',
    });
    expect(report).toMatchObject({ rowCount: 7, added: 1, invalid: 6, errorCount: 7 });
    expect(report.errors).toEqual([
      { line: 3, code: 'UNKNOWN_REGION', message: 'unknown region "ATL"' },
      { line: 4, code: 'UNKNOWN_INDICATOR', message: 'unknown indicator "top500_gpus"' },
      { line: 5, code: 'UNKNOWN_SOURCE', message: 'unknown source "t500_209901"' },
      {
        line: 5,
        code: 'DUPLICATE_ROW',
        message: 'duplicate of line 2 (USA, top500_systems, 2024-11)',
      },
      { line: 6, code: 'BAD_NUMBER', message: 'bad number "sixty"' },
      { line: 7, code: 'BAD_PERIOD', message: 'bad period "Nov 2024" (expected YYYY or YYYY-MM)' },
      {
        line: 8,
        code: 'DUPLICATE_ROW',
        message: 'duplicate of line 2 (USA, top500_systems, 2024-11)',
      },
    ]);
  });

  it('writes nothing when one row at the end of a file is bad', async () => {
    const before = await snapshot();
    const rows = ['CHN,top500_systems,2024-06,63,,,'];
    for (let year = 2000; year < 2024; year += 1)
      rows.push(`USA,top500_rmax_pflops,${year},${year - 1999},,,`);
    rows.push('JPN,top500_systems,2024-13,34,,,');
    const report = await importRows(rows);
    expect(report).toMatchObject({
      committed: false,
      batchId: null,
      rowCount: 26,
      added: 24,
      changed: 1,
      invalid: 1,
    });
    expect(report.errors).toEqual([
      { line: 27, code: 'BAD_PERIOD', message: 'bad period "2024-13" (expected YYYY or YYYY-MM)' },
    ]);
    expect(await snapshot()).toEqual(before);
  });

  it('writes nothing when the database refuses the last row halfway through the commit', async () => {
    // A trigger stands in for any failure while writing (a constraint, a lost connection):
    // the rows before it are already written in the transaction when it fires.
    await prisma.$executeRawUnsafe(`
      CREATE FUNCTION refuse_marked_value() RETURNS trigger AS $$
      BEGIN
        IF NEW.value = 999 THEN RAISE EXCEPTION 'refused value 999'; END IF;
        RETURN NEW;
      END $$ LANGUAGE plpgsql`);
    await prisma.$executeRawUnsafe(
      'CREATE TRIGGER refuse_marked_value BEFORE INSERT OR UPDATE ON "Observation" FOR EACH ROW EXECUTE FUNCTION refuse_marked_value()',
    );
    try {
      const before = await snapshot();
      const rows = ['USA,top500_systems,2024-06,172,,,', 'CHN,top500_systems,2024-06,81,,,'];
      for (let year = 2000; year < 2024; year += 1)
        rows.push(`USA,top500_rmax_pflops,${year},${year - 1999},,,`);
      rows.push('JPN,top500_systems,2024-06,999,,,');
      await expect(importRows(rows)).rejects.toThrow(/refused value 999/);
      expect(await snapshot()).toEqual(before);
    } finally {
      await prisma.$executeRawUnsafe('DROP TRIGGER refuse_marked_value ON "Observation"');
      await prisma.$executeRawUnsafe('DROP FUNCTION refuse_marked_value()');
    }
  });

  it('commits every row in one batch, keeps each replaced value in the history, and logs the import', async () => {
    const [usa, chn] = (await snapshot()).observations;
    const report = await importRows([
      'USA,top500_systems,2024-06,171,,,',
      'CHN,top500_systems,2024-06,63,provisional,t500_202411,"recounted, ""again"" \\ {1}\nNULL"',
      'JPN,top500_systems,2024-06,29,,,',
    ]);
    expect(report).toMatchObject({
      committed: true,
      rowCount: 3,
      added: 1,
      changed: 1,
      unchanged: 1,
    });
    const batch = await prisma.importBatch.findUniqueOrThrow({
      where: { id: report.batchId ?? -1 },
    });
    expect(batch).toMatchObject({
      fileName: 'test.csv',
      rowCount: 3,
      added: 1,
      changed: 1,
      unchanged: 1,
      createdById: editorId,
      apiKeyId: null,
    });

    const stored = await prisma.observation.findMany({
      include: { region: true, source: true },
      orderBy: { id: 'asc' },
    });
    expect(
      stored.map((row) => [
        row.region.code,
        row.value,
        row.status,
        row.source?.key ?? null,
        row.note,
      ]),
    ).toEqual([
      ['USA', 171, 'FINAL', 't500_202406', 'first count'],
      ['CHN', 63, 'PROVISIONAL', 't500_202411', 'recounted, "again" \\ {1}\nNULL'],
      ['JPN', 29, 'FINAL', null, null],
    ]);
    const t500June = await prisma.source.findUniqueOrThrow({ where: { key: 't500_202406' } });
    expect(await prisma.observationChange.findMany()).toEqual([
      expect.objectContaining({
        observationId: chn?.id,
        previousValue: 80,
        newValue: 63,
        previousStatus: 'FINAL',
        previousSourceId: t500June.id,
        previousNote: null,
        changedById: editorId,
        importBatchId: batch.id,
      }),
    ]);
    expect(usa?.updatedAt).toEqual(stored[0]?.updatedAt);
    expect(await prisma.auditEvent.findMany()).toEqual([
      expect.objectContaining({
        action: 'observations.import',
        entityType: 'ImportBatch',
        entityId: String(batch.id),
        actorUserId: editorId,
        after: { fileName: 'test.csv', rowCount: 3, added: 1, changed: 1, unchanged: 1 },
      }),
    ]);
  });

  it('keeps the whole history over successive imports', async () => {
    await importRows(['CHN,top500_systems,2024-06,81,,,']);
    await importRows(['CHN,top500_systems,2024-06,82,,,']);
    const history = await prisma.observationChange.findMany({ orderBy: { id: 'asc' } });
    expect(history.map((change) => [change.previousValue, change.newValue])).toEqual([
      [80, 81],
      [81, 82],
    ]);
  });
});
