import {
  ImporterFailure,
  type ImportFormat,
  type ImportResult,
  type ImportedObservation,
  type ImporterErrorCode,
  type ProposedIndicator,
  type SourceRecord,
} from './import-result.ts';
import type { RegionMatch } from './regions/resolve-region.ts';

const numberPattern = /^[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?$/;

/** A number as publishers write it in text files; null when it is not one. */
export function parseNumber(text: string): number | null {
  const trimmed = text.trim();
  return numberPattern.test(trimmed) ? Number(trimmed) : null;
}

/**
 * Collects what an importer of a text format finds row by row: observations under the
 * atlas's region codes (each key once), rows skipped as aggregates, unknown regions or
 * empty values, and errors.
 */
export class ResultBuilder {
  private readonly result: ImportResult;
  private readonly firstLineOfKey = new Map<string, number>();

  constructor(format: ImportFormat, source: SourceRecord) {
    this.result = { format, source, observations: [], indicators: [], skipped: [], errors: [] };
  }

  set source(source: SourceRecord) {
    this.result.source = source;
  }

  proposeIndicator(indicator: ProposedIndicator): void {
    if (!this.result.indicators.some((known) => known.code === indicator.code)) {
      this.result.indicators.push(indicator);
    }
  }

  /** The atlas code of a region, or null after recording why the row is skipped. */
  regionCode(line: number, match: RegionMatch, detail: string): string | null {
    if (match.kind === 'country') return match.code;
    if (match.kind === 'aggregate' && match.atlasCode) return match.atlasCode;
    this.result.skipped.push({
      line,
      reason: match.kind === 'aggregate' ? 'aggregate' : 'unknown-region',
      detail,
    });
    return null;
  }

  skipEmpty(line: number, detail: string): void {
    this.result.skipped.push({ line, reason: 'no-value', detail });
  }

  add(observation: ImportedObservation, field: string | null = null): void {
    const key = `${observation.regionCode} ${observation.indicatorCode} ${observation.period}`;
    const firstLine = this.firstLineOfKey.get(key);
    if (firstLine !== undefined) {
      this.fail(
        observation.line,
        field,
        'DUPLICATE_ROW',
        `row ${observation.line}: a second value for ${key} (the first is in row ${firstLine})`,
      );
      return;
    }
    this.firstLineOfKey.set(key, observation.line);
    this.result.observations.push(observation);
  }

  fail(line: number, field: string | null, code: ImporterErrorCode, message: string): void {
    this.result.errors.push({ line, field, code, message });
  }

  /**
   * Runs a reader over the file and returns the result: a failure that stops the reading
   * becomes its error; with any error, no observation is handed on.
   */
  run(read: () => void): ImportResult {
    try {
      read();
    } catch (error) {
      if (!(error instanceof ImporterFailure)) throw error;
      this.result.errors.push(error.error);
    }
    if (this.result.errors.length > 0) this.result.observations = [];
    return this.result;
  }
}
