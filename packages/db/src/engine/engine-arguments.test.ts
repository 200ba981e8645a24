import { describe, expect, it } from 'vitest';
import { parseEngineArguments } from './engine-arguments.mjs';

const datasource = (value: object) => JSON.stringify(value);

describe('parseEngineArguments', () => {
  it('reads the schema files and database of a JSON-RPC session', () => {
    expect(
      parseEngineArguments([
        '--datamodels',
        '/repo/prisma/schema.prisma',
        '--datamodels',
        '/repo/prisma/views.prisma',
        '--datasource',
        datasource({ url: 'postgresql://app@db:5432/atlas' }),
        '--enabled-preview-features',
        'views',
      ]),
    ).toEqual({
      mode: 'json-rpc',
      datamodelPaths: ['/repo/prisma/schema.prisma', '/repo/prisma/views.prisma'],
      databaseUrl: 'postgresql://app@db:5432/atlas',
    });
  });

  it('reads a database command', () => {
    expect(
      parseEngineArguments([
        '--datasource',
        datasource({ url: 'postgresql://app@db/atlas' }),
        'cli',
        'can-connect-to-database',
      ]),
    ).toEqual({
      mode: 'database-command',
      command: 'can-connect-to-database',
      databaseUrl: 'postgresql://app@db/atlas',
    });
  });

  it('treats an empty datasource url as no database', () => {
    expect(parseEngineArguments(['--datasource', datasource({ url: '' })])).toEqual({
      mode: 'json-rpc',
      datamodelPaths: [],
      databaseUrl: undefined,
    });
  });

  it('reads --version', () => {
    expect(parseEngineArguments(['--version'])).toEqual({ mode: 'version' });
  });

  it.each([
    [['--datamodels'], 'The schema engine argument --datamodels needs a value.'],
    [['--datasource', '{url'], 'The schema engine argument --datasource is not valid JSON.'],
    [
      ['--datasource', '"postgresql://db"'],
      'The schema engine argument --datasource must be a JSON object.',
    ],
    [['--extension-types', '{}'], 'Unsupported schema engine argument: --extension-types'],
    [['cli', 'reset-database'], 'Unsupported schema engine command: cli reset-database'],
    [
      ['cli', 'create-database', 'now'],
      'Unsupported schema engine command: cli create-database now',
    ],
    [
      [
        '--datasource',
        datasource({ url: 'postgresql://db/a', shadowDatabaseUrl: 'postgresql://db/b' }),
      ],
      'shadowDatabaseUrl is not supported: migrate dev creates and drops its own shadow database.',
    ],
  ])('rejects %j', (argv, message) => {
    expect(() => parseEngineArguments(argv)).toThrow(message);
  });
});
