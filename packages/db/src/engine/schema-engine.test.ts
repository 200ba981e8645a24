import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENGINE_SCRIPT, REPO_PRISMA_DIR, runNodeScript } from './test-prisma-cli.ts';
import { useTestPostgres, type TestPostgres } from './test-postgres.ts';

let server: TestPostgres;

beforeAll(async () => {
  server = await useTestPostgres();
});

afterAll(async () => {
  await server?.dropAll();
});

const datasourceArgs = (databaseUrl: string) => [
  '--datasource',
  JSON.stringify({ url: databaseUrl }),
];

function runDatabaseCommand(command: string, databaseUrl: string) {
  return runNodeScript(ENGINE_SCRIPT, [...datasourceArgs(databaseUrl), 'cli', command]);
}

/** The stderr lines after the first, which the CLI skips. */
function reportedLogLines(stderr: string) {
  return stderr
    .trim()
    .split('\n')
    .slice(1)
    .map(
      (line) =>
        JSON.parse(line) as { level: string; target: string; fields: Record<string, string> },
    );
}

async function rpcSession(args: string[], requests: object[]) {
  const input = requests
    .map((request) => `${JSON.stringify({ jsonrpc: '2.0', ...request })}\n`)
    .join('');
  const result = await runNodeScript(ENGINE_SCRIPT, args, { input });
  const messages = result.stdout
    .split('\n')
    .filter((line) => line !== '')
    .map((line) => JSON.parse(line) as Record<string, unknown>);
  return { ...result, messages };
}

/** The engine's answer to request 1 when it fails: JSON-RPC error 4466 with the details in `data`. */
function engineError(data: Record<string, unknown>) {
  return {
    jsonrpc: '2.0',
    id: 1,
    error: { code: 4466, message: 'An error happened. Check the data field for details.', data },
  };
}

describe('scripts/schema-engine.mjs cli commands', () => {
  it('reports P1003 after a harmless first line when the database does not exist', async () => {
    const databaseUrl = server.missingDatabaseUrl();
    const database = new URL(databaseUrl).pathname.slice(1);

    const result = await runDatabaseCommand('can-connect-to-database', databaseUrl);

    expect(result.exitCode).toBe(1);
    expect(JSON.parse(result.stderr.split('\n')[0]!)).toMatchObject({ level: 'INFO' });
    expect(reportedLogLines(result.stderr)).toEqual([
      {
        timestamp: expect.any(String),
        level: 'ERROR',
        target: 'schema_engine::logger',
        fields: {
          error_code: 'P1003',
          message: expect.stringContaining(
            `Database \`${database}\` does not exist on the database server at`,
          ),
        },
      },
    ]);
  });

  it('creates and drops a database', async () => {
    const databaseUrl = server.missingDatabaseUrl();

    expect((await runDatabaseCommand('create-database', databaseUrl)).exitCode).toBe(0);
    expect((await runDatabaseCommand('can-connect-to-database', databaseUrl)).exitCode).toBe(0);
    const again = await runDatabaseCommand('create-database', databaseUrl);
    expect(reportedLogLines(again.stderr)[0]?.fields.error_code).toBe('P1009');

    expect((await runDatabaseCommand('drop-database', databaseUrl)).exitCode).toBe(0);
    const gone = await runDatabaseCommand('can-connect-to-database', databaseUrl);
    expect(reportedLogLines(gone.stderr)[0]?.fields.error_code).toBe('P1003');
  });

  it('reports P1001 when no server listens at the address', async () => {
    const result = await runDatabaseCommand(
      'can-connect-to-database',
      'postgresql://postgres@127.0.0.1:9/atlas',
    );

    expect(result.exitCode).toBe(1);
    expect(reportedLogLines(result.stderr)[0]?.fields).toEqual({
      error_code: 'P1001',
      message:
        "Can't reach database server at `127.0.0.1:9`\n\nPlease make sure your database server is running at `127.0.0.1:9`.",
    });
  });

  it('prints its version', async () => {
    const result = await runNodeScript(ENGINE_SCRIPT, ['--version']);

    expect(result.exitCode).toBe(0);
    expect(result.stdout).toMatch(/^schema-engine-cli [0-9a-f]{40}\n$/);
  });
});

describe('scripts/schema-engine.mjs JSON-RPC', () => {
  it('answers engine methods, under the CLI names too, and refuses unknown ones', async () => {
    const databaseUrl = await server.createDatabase();

    const { exitCode, messages } = await rpcSession(datasourceArgs(databaseUrl), [
      { id: 1, method: 'getDatabaseVersion' },
      { id: 2, method: 'getDatabaseDescription' },
    ]);

    expect(exitCode).toBe(0);
    expect(messages).toEqual([
      { jsonrpc: '2.0', id: 1, result: expect.stringMatching(/^PostgreSQL \d+/) },
      {
        jsonrpc: '2.0',
        id: 2,
        error: { code: -32601, message: 'Method not found: getDatabaseDescription' },
      },
    ]);
  });

  it('prints a diff through the CLI before answering, as the native engine does', async () => {
    const databaseUrl = await server.createDatabase();
    const schemaPath = path.join(REPO_PRISMA_DIR, 'schema.prisma');
    const schema = await readFile(schemaPath, 'utf8');

    const { messages } = await rpcSession(datasourceArgs(databaseUrl), [
      {
        id: 1,
        method: 'diff',
        params: {
          from: { tag: 'empty' },
          to: { tag: 'schemaDatamodel', files: [{ path: schemaPath, content: schema }] },
          script: true,
          exitCode: true,
          filters: { externalTables: [], externalEnums: [] },
        },
      },
    ]);

    expect(messages).toEqual([
      {
        jsonrpc: '2.0',
        id: 1,
        method: 'print',
        params: { content: expect.stringContaining('CREATE TABLE "Region"') },
      },
      { jsonrpc: '2.0', id: 1, result: { exitCode: 2 } },
    ]);
  });

  it("answers with Prisma's connection error code when the database is missing", async () => {
    const { messages } = await rpcSession(datasourceArgs(server.missingDatabaseUrl()), [
      { id: 1, method: 'ensureConnectionValidity', params: {} },
    ]);

    expect(messages).toEqual([
      engineError({
        is_panic: false,
        error_code: 'P1003',
        message: expect.stringContaining('does not exist'),
      }),
    ]);
  });

  it('answers a panic inside the engine as a panic, with its message', async () => {
    const { messages } = await rpcSession(datasourceArgs(await server.createDatabase()), [
      { id: 1, method: 'debugPanic' },
    ]);

    expect(messages).toEqual([
      engineError({
        is_panic: true,
        message: expect.stringContaining('panic'),
        backtrace: expect.any(String),
      }),
    ]);
  });
});
