import type { PrismaClient } from '@atlas/db';
import type { ImportChangePreview, ImportReport, ImportRowError } from '@atlas/domain';
import { recordAuditEvent, type Actor } from '../auth/audit-log.js';
import type { PublicChangeListener } from '../studio/public-change.js';
import {
  applyStagedRows,
  countStagedRows,
  listStagedChanges,
  listTouchedIndicatorIds,
  lockObservations,
  stageImportRows,
} from './import-store.js';
import { parseObservationCsv, type CsvObservationRow } from './observation-csv.js';
import { validateImportRows, type ImportReferences } from './validate-import-rows.js';

/** Reports list at most this many errors and changes; the counts are always complete. */
export const reportListLimit = 500;

export interface ImportInput {
  csv: string;
  fileName: string;
}

// Staging and writing 100,000 rows takes seconds; Prisma's default of 5 s is too tight.
const transactionOptions = { timeout: 120_000, maxWait: 10_000 };

/** CSV import of observations: validation with line numbers, dry run, all-or-nothing commit. */
export class ObservationImportService {
  constructor(
    private readonly prisma: PrismaClient,
    private readonly onPublicChange: PublicChangeListener,
  ) {}

  /** What the file would add, change and leave alone, and every invalid row. Writes nothing. */
  async dryRun(input: ImportInput): Promise<ImportReport> {
    return this.run(input, null);
  }

  /** Writes every row in one transaction, or nothing when any row is invalid. */
  async commit(input: ImportInput, actor: Actor): Promise<ImportReport> {
    return this.run(input, actor);
  }

  private async run(input: ImportInput, actor: Actor | null): Promise<ImportReport> {
    const parsed = parseObservationCsv(input.csv);
    const references = await this.loadReferences();
    const { valid, errors } = validateImportRows(parsed.rows, references);
    errors.unshift(...parsed.errors);
    errors.sort((a, b) => a.line - b.line);
    const rowCount = parsed.rows.length + countLines(parsed.errors, 'WRONG_FIELD_COUNT');
    const report: ImportReport = {
      fileName: input.fileName,
      committed: false,
      batchId: null,
      rowCount,
      added: 0,
      changed: 0,
      unchanged: 0,
      invalid: new Set(errors.map((error) => error.line)).size,
      errorCount: errors.length,
      errors: errors.slice(0, reportListLimit),
      changes: [],
    };
    const rowsByLine = new Map(parsed.rows.map((row) => [row.line, row]));
    const commit = actor !== null && errors.length === 0;
    let touchedIndicatorIds: number[] = [];

    await this.prisma.$transaction(async (tx) => {
      if (commit) await lockObservations(tx);
      await stageImportRows(tx, valid);
      Object.assign(report, await countStagedRows(tx));
      report.changes = (await listStagedChanges(tx, reportListLimit)).map((change) =>
        describeChange(change, rowsByLine),
      );
      if (!commit) return;

      const batch = await tx.importBatch.create({
        data: {
          fileName: input.fileName,
          rowCount,
          added: report.added,
          changed: report.changed,
          unchanged: report.unchanged,
          createdById: actor.userId,
          apiKeyId: actor.apiKeyId,
        },
      });
      await applyStagedRows(tx, { id: batch.id, changedById: actor.userId });
      touchedIndicatorIds = await listTouchedIndicatorIds(tx);
      await recordAuditEvent(tx, actor, {
        action: 'observations.import',
        entityType: 'ImportBatch',
        entityId: batch.id,
        after: {
          fileName: input.fileName,
          rowCount,
          added: report.added,
          changed: report.changed,
          unchanged: report.unchanged,
        },
      });
      report.committed = true;
      report.batchId = batch.id;
    }, transactionOptions);
    if (touchedIndicatorIds.length > 0) {
      const codeOf = new Map([...references.indicatorIds].map(([code, id]) => [id, code]));
      await this.onPublicChange({
        indicators: touchedIndicatorIds.map((id) => codeOf.get(id) ?? String(id)),
      });
    }
    return report;
  }

  private async loadReferences(): Promise<ImportReferences> {
    const [regions, indicators, sources] = await Promise.all([
      this.prisma.region.findMany({ select: { id: true, code: true } }),
      this.prisma.indicator.findMany({ select: { id: true, code: true } }),
      this.prisma.source.findMany({ select: { id: true, key: true } }),
    ]);
    return {
      regionIds: new Map(regions.map((region) => [region.code, region.id])),
      indicatorIds: new Map(indicators.map((indicator) => [indicator.code, indicator.id])),
      sourceIds: new Map(sources.map((source) => [source.key, source.id])),
    };
  }
}

function countLines(errors: readonly ImportRowError[], code: ImportRowError['code']): number {
  return errors.filter((error) => error.code === code).length;
}

function describeChange(
  change: {
    line: number;
    kind: 'added' | 'changed';
    previousValue: number | null;
    newValue: number;
  },
  rowsByLine: ReadonlyMap<number, CsvObservationRow>,
): ImportChangePreview {
  const row = rowsByLine.get(change.line);
  return {
    line: change.line,
    kind: change.kind === 'added' ? 'ADDED' : 'CHANGED',
    regionCode: row?.regionCode ?? '',
    indicatorCode: row?.indicatorCode ?? '',
    period: row?.period ?? '',
    previousValue: change.previousValue,
    newValue: change.newValue,
  };
}
