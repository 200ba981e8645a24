import { readdir, readFile } from 'node:fs/promises';
import { errorCodes } from '@atlas/domain';
import { makeExecutableSchema } from '@graphql-tools/schema';
import {
  buildSchema,
  lexicographicSortSchema,
  printSchema,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isObjectType,
  isIntrospectionType,
  isSpecifiedScalarType,
} from 'graphql';
import { describe, expect, it } from 'vitest';

const readText = (path: string) => readFile(new URL(path, import.meta.url), 'utf8');

describe('schema.graphql', () => {
  it('is the merged SDL of the modules (run codegen after changing a module)', async () => {
    const files = (await readdir(new URL('./modules', import.meta.url), { recursive: true }))
      .filter((file) => file.endsWith('.graphql'))
      .sort();
    const typeDefs = await Promise.all(files.map((file) => readText(`./modules/${file}`)));
    const printed = (schema: Parameters<typeof lexicographicSortSchema>[0]) =>
      printSchema(lexicographicSortSchema(schema));
    expect(printed(buildSchema(await readText('../schema.graphql')))).toBe(
      printed(makeExecutableSchema({ typeDefs })),
    );
  });

  it('describes every type, field, argument and enum value', async () => {
    const schema = buildSchema(
      await readFile(new URL('../schema.graphql', import.meta.url), 'utf8'),
    );
    const undocumented: string[] = [];
    const check = (what: string, description: string | null | undefined) => {
      if (!description?.trim()) undocumented.push(what);
    };
    for (const type of Object.values(schema.getTypeMap())) {
      if (isIntrospectionType(type) || isSpecifiedScalarType(type)) continue;
      check(type.name, type.description);
      if (isObjectType(type) || isInterfaceType(type) || isInputObjectType(type)) {
        for (const field of Object.values(type.getFields())) {
          check(`${type.name}.${field.name}`, field.description);
          for (const arg of 'args' in field ? field.args : []) {
            check(`${type.name}.${field.name}(${arg.name})`, arg.description);
          }
        }
      }
      if (isEnumType(type)) {
        for (const value of type.getValues())
          check(`${type.name}.${value.name}`, value.description);
      }
    }
    expect(undocumented).toEqual([]);
  });

  it('lists exactly the error codes of @atlas/domain in its ErrorCode enum', async () => {
    const schema = buildSchema(await readText('../schema.graphql'));
    const errorCode = schema.getType('ErrorCode');
    if (!isEnumType(errorCode)) throw new Error('ErrorCode is not an enum');
    expect(
      errorCode
        .getValues()
        .map((value) => value.name)
        .sort(),
    ).toEqual([...errorCodes].sort());
  });
});
