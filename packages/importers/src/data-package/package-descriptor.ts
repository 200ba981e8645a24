import { failure } from '../import-result.ts';

/** The parts of a Frictionless Data Package descriptor (datapackage.json) the importer reads. */
export interface PackageDescriptor {
  name: string | null;
  title: string | null;
  description: string | null;
  homepage: string | null;
  created: string | null;
  licence: string | null;
  publisher: string | null;
  /** The World Bank's own block: `{ "indicator": "it.net.bbnd.p2" }`. */
  worldBankIndicator: string | null;
  resources: PackageResource[];
}

export interface PackageResource {
  name: string | null;
  path: string;
  fields: SchemaField[];
  missingValues: string[];
}

export interface SchemaField {
  name: string;
  type: string;
  title: string | null;
  description: string | null;
  required: boolean;
}

const text = (value: unknown): string | null =>
  typeof value === 'string' && value.trim() !== '' ? value.trim() : null;
const list = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);
const record = (value: unknown): Record<string, unknown> =>
  value !== null && typeof value === 'object' && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : {};

/** Reads datapackage.json, refusing what the standard requires and the file lacks. */
export function parseDescriptor(json: string, fileName: string): PackageDescriptor {
  let parsed: unknown;
  try {
    parsed = JSON.parse(json);
  } catch (error) {
    throw failure('WRONG_FORMAT', `${fileName} is not JSON: ${(error as Error).message}`);
  }
  const root = record(parsed);
  const resources = list(root.resources).map((entry, at): PackageResource => {
    const resource = record(entry);
    const path = text(resource.path) ?? text(list(resource.path)[0]);
    if (!path) {
      throw failure(
        'SCHEMA_MISMATCH',
        `${fileName}: resources[${at}] has no path (inline data is not supported)`,
        {
          field: `resources[${at}].path`,
        },
      );
    }
    const schema = record(resource.schema);
    const fields = list(schema.fields).map((fieldEntry, fieldAt): SchemaField => {
      const field = record(fieldEntry);
      const name = text(field.name);
      if (!name) {
        throw failure(
          'SCHEMA_MISMATCH',
          `${fileName}: resources[${at}].schema.fields[${fieldAt}] has no name`,
          {
            field: `resources[${at}].schema.fields[${fieldAt}].name`,
          },
        );
      }
      return {
        name,
        type: text(field.type) ?? 'string',
        title: text(field.title),
        description: text(field.description),
        required: record(field.constraints).required === true,
      };
    });
    if (fields.length === 0) {
      throw failure('SCHEMA_MISMATCH', `${fileName}: resources[${at}] has no schema fields`, {
        field: `resources[${at}].schema`,
      });
    }
    const missingValues = Array.isArray(schema.missingValues)
      ? schema.missingValues.filter((value) => typeof value === 'string')
      : [''];
    return { name: text(resource.name), path, fields, missingValues };
  });
  if (resources.length === 0) {
    throw failure('SCHEMA_MISMATCH', `${fileName} has no resources`, { field: 'resources' });
  }
  const licence = record(list(root.licenses)[0]);
  const firstSource = record(list(root.sources)[0]);
  const firstContributor = record(list(root.contributors)[0]);
  return {
    name: text(root.name),
    title: text(root.title),
    description: text(root.description) ?? text(root.readme),
    homepage: text(root.homepage) ?? text(firstSource.path),
    created: text(root.created),
    licence: text(licence.name) ?? text(licence.title),
    publisher: text(firstSource.title) ?? text(firstContributor.title),
    worldBankIndicator: text(record(root.worldbank).indicator),
    resources,
  };
}
