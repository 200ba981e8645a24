import { isPeriod, periodSyntax } from '@atlas/domain';
import { basename } from 'node:path';
import { readCsvRecords } from '../csv-records.ts';
import { defaultReadLimits, sha256Hex, type ImportFile, type ReadLimits } from '../import-file.ts';
import { failure, type ImportResult, type SourceRecord } from '../import-result.ts';
import { indicatorOfWorldBankCode } from '../publisher-indicators.ts';
import { regionOfWorldBankCode } from '../regions/resolve-region.ts';
import { parseNumber, ResultBuilder } from '../result-builder.ts';
import { readText } from '../text-file.ts';
import { unitOfTitle, worldBankSource } from '../world-bank/world-bank-source.ts';
import {
  parseDescriptor,
  type PackageDescriptor,
  type PackageResource,
} from './package-descriptor.ts';
import { typeMismatch } from './field-types.ts';

/** The package as uploaded: its datapackage.json and the data files it names. */
export interface DataPackageUpload {
  descriptor: ImportFile;
  files: ImportFile[];
}

type Role = 'region' | 'period' | 'value' | 'indicator' | 'note';

export interface DataPackageOptions {
  limits?: ReadLimits;
  /** The atlas indicator the package feeds, when it has no indicator field and its own code is not in the mapping table. */
  indicatorCode?: string;
  /** Which field holds what, when the names are not the usual ones (`Country Code`, `Year`, `Value`…). */
  fields?: Partial<Record<Role, string>>;
  /** Source fields the editor knows better than the package. */
  source?: Partial<Omit<SourceRecord, 'fileName' | 'sha256'>>;
}

/** Field names recognised for each role, compared without case. */
const roleNames: Record<Role, readonly string[]> = {
  region: ['region_code', 'country code', 'country_code', 'iso3', 'iso_code', 'iso3_code'],
  period: ['period', 'year', 'time_period'],
  value: ['value', 'obs_value'],
  indicator: ['indicator_code', 'indicator code'],
  note: ['note'],
};

/**
 * A Frictionless Data Package: the World Bank's layout (datapackage.json with title,
 * description, licence and schema; a long data.csv of `Country Name,Country Code,Year,Value`)
 * or any package that follows the standard with a region code (ISO3), a period and a value
 * field. The CSV is checked against the schema: its columns must be the schema's fields in
 * order and every cell must fit its field's type.
 */
export function importDataPackage(
  upload: DataPackageUpload,
  options: DataPackageOptions = {},
): ImportResult {
  const limits = options.limits ?? defaultReadLimits;
  const builder = new ResultBuilder('data-package', {
    key: 'package',
    title: upload.descriptor.fileName,
    publisher: 'unknown',
    year: null,
    url: null,
    licence: null,
    fileName: upload.descriptor.fileName,
    sha256: sha256Hex(upload.descriptor.bytes),
  });
  return builder.run(() => {
    const descriptor = parseDescriptor(
      readText(upload.descriptor, limits),
      upload.descriptor.fileName,
    );
    const { resource, file } = pickResource(descriptor, upload);
    builder.source = packageSource(descriptor, file, options);
    const records = readCsvRecords(readText(file, limits), limits);
    const header = records[0];
    if (!header) throw failure('EMPTY_FILE', `${file.fileName} is empty`);
    checkHeader(header.fields, resource, file.fileName);
    const at = locateRoles(resource, options.fields ?? {}, file.fileName);
    const packageIndicator =
      options.indicatorCode ??
      indicatorOfWorldBankCode(descriptor.worldBankIndicator ?? descriptor.name ?? '');
    if (at.indicator === undefined) {
      if (!packageIndicator) {
        throw failure(
          'UNKNOWN_INDICATOR',
          `no atlas indicator for the package "${descriptor.name ?? descriptor.title ?? ''}"; choose one`,
        );
      }
      const title = descriptor.title;
      builder.proposeIndicator({
        code: packageIndicator,
        publisherCode: descriptor.worldBankIndicator?.toUpperCase() ?? descriptor.name,
        publisherTitle: title,
        unit: title ? unitOfTitle(title) : null,
      });
    }

    for (const record of records.slice(1)) {
      const { line, fields: cells } = record;
      if (cells.length !== resource.fields.length) {
        builder.fail(
          line,
          null,
          'SCHEMA_MISMATCH',
          `row ${line} has ${cells.length} fields; the schema has ${resource.fields.length}`,
        );
        continue;
      }
      let typed = true;
      resource.fields.forEach((field, index) => {
        const cell = cells[index] ?? '';
        if (resource.missingValues.includes(cell)) {
          if (field.required) {
            builder.fail(
              line,
              field.name,
              'SCHEMA_MISMATCH',
              `row ${line}: "${field.name}" is empty but the schema requires it`,
            );
            typed = false;
          }
          return;
        }
        const expected = typeMismatch(field.type, cell);
        if (expected) {
          builder.fail(
            line,
            field.name,
            'SCHEMA_MISMATCH',
            `row ${line}: "${field.name}" is "${cell}", not ${expected} as the schema says`,
          );
          typed = false;
        }
      });
      if (!typed) continue;
      const cell = (index: number | undefined) =>
        index === undefined ? '' : (cells[index] ?? '').trim();
      const regionText = cell(at.region);
      const regionCode = builder.regionCode(
        line,
        regionOfWorldBankCode(regionText),
        cells.join(', '),
      );
      if (!regionCode) continue;
      const valueText = cell(at.value);
      if (resource.missingValues.includes(valueText)) {
        builder.skipEmpty(line, `${regionText} ${cell(at.period)}`);
        continue;
      }
      const period = cell(at.period);
      if (!isPeriod(period)) {
        builder.fail(
          line,
          fieldName(resource, at.period),
          'BAD_PERIOD',
          `row ${line}: period "${period}" is not ${periodSyntax}`,
        );
        continue;
      }
      const value = parseNumber(valueText);
      if (value === null) {
        builder.fail(
          line,
          fieldName(resource, at.value),
          'BAD_NUMBER',
          `row ${line}: "${valueText}" is not a number`,
        );
        continue;
      }
      const rowIndicator = cell(at.indicator);
      const indicatorCode =
        at.indicator === undefined
          ? (packageIndicator ?? '')
          : (indicatorOfWorldBankCode(rowIndicator) ?? rowIndicator);
      builder.add({
        line,
        regionCode,
        indicatorCode,
        period,
        value,
        note: cell(at.note) || null,
        excerpt: record.raw,
      });
    }
  });
}

function pickResource(
  descriptor: PackageDescriptor,
  upload: DataPackageUpload,
): { resource: PackageResource; file: ImportFile } {
  for (const resource of descriptor.resources) {
    const file = upload.files.find(
      (candidate) => basename(candidate.fileName) === basename(resource.path),
    );
    if (file) return { resource, file };
  }
  const paths = descriptor.resources.map((resource) => resource.path).join(', ');
  throw failure(
    'MISSING_COLUMN',
    `the package's data file (${paths}) was not uploaded with ${upload.descriptor.fileName}`,
    {
      field: 'resources[0].path',
    },
  );
}

/** The CSV's header must be the schema's field names, in order (the standard's default). */
function checkHeader(header: readonly string[], resource: PackageResource, fileName: string): void {
  const columns = header.map((name) => name.trim());
  const count = Math.max(columns.length, resource.fields.length);
  for (let index = 0; index < count; index += 1) {
    const expected = resource.fields[index]?.name;
    const found = columns[index];
    if (expected === found) continue;
    const message =
      expected === undefined
        ? `${fileName} has a column "${found}" that the schema does not describe`
        : found === undefined
          ? `${fileName} has no column "${expected}" that the schema describes`
          : `column ${index + 1} of ${fileName} is "${found}" but the schema's field ${index + 1} is "${expected}"`;
    throw failure('SCHEMA_MISMATCH', message, { line: 1, field: expected ?? found ?? null });
  }
}

function locateRoles(
  resource: PackageResource,
  chosen: Partial<Record<Role, string>>,
  fileName: string,
): Partial<Record<Role, number>> {
  const at: Partial<Record<Role, number>> = {};
  for (const role of Object.keys(roleNames) as Role[]) {
    const wanted = chosen[role];
    const index = wanted
      ? resource.fields.findIndex((field) => field.name === wanted)
      : resource.fields.findIndex((field) => roleNames[role].includes(field.name.toLowerCase()));
    if (wanted && index < 0) {
      throw failure('MISSING_COLUMN', `${fileName} has no field "${wanted}"`, {
        line: 1,
        field: wanted,
      });
    }
    if (index >= 0) at[role] = index;
  }
  if (at.value === undefined) {
    const numbers = resource.fields.flatMap((field, index) =>
      field.type === 'number' ? [index] : [],
    );
    if (numbers.length === 1) at.value = numbers[0];
  }
  for (const role of ['region', 'period', 'value'] as const) {
    if (at[role] === undefined) {
      throw failure(
        'MISSING_COLUMN',
        `${fileName} has no ${role} field (one of ${roleNames[role].join(', ')}); name it`,
        {
          line: 1,
          field: role,
        },
      );
    }
  }
  return at;
}

const fieldName = (resource: PackageResource, index: number | undefined) =>
  index === undefined ? null : (resource.fields[index]?.name ?? null);

function packageSource(
  descriptor: PackageDescriptor,
  file: ImportFile,
  options: DataPackageOptions,
): SourceRecord {
  const sha256 = sha256Hex(file.bytes);
  const fileName = `${descriptor.name ?? 'package'}/${basename(file.fileName)}`;
  const year = /^(\d{4})/.exec(descriptor.created ?? '')?.[1];
  const base: SourceRecord = descriptor.worldBankIndicator
    ? worldBankSource(
        descriptor.worldBankIndicator,
        descriptor.title ?? descriptor.worldBankIndicator,
        {
          fileName,
          sha256,
          year: year ? Number(year) : null,
          licence: descriptor.licence,
        },
      )
    : {
        key: `pkg_${(descriptor.name ?? 'package').replace(/[^a-z0-9]+/gi, '_').toLowerCase()}`,
        title: descriptor.title ?? descriptor.name ?? fileName,
        publisher: descriptor.publisher ?? 'unknown',
        year: year ? Number(year) : null,
        url: descriptor.homepage,
        licence: descriptor.licence,
        fileName,
        sha256,
      };
  return { ...base, ...options.source };
}
