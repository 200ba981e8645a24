import { existsSync } from 'node:fs';
import { appendFile, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createTempPrismaProject,
  PRISMA_SCRIPT,
  runNodeScript,
  type TempPrismaProject,
} from './test-prisma-cli.ts';
import { useTestPostgres, type TestPostgres } from './test-postgres.ts';

/** Each of these tests runs the Prisma CLI two or three times, seconds each on a busy machine. */
const CLI_TIMEOUT_MS = 180_000;

let server: TestPostgres;
let project: TempPrismaProject;

beforeAll(async () => {
  [server, project] = await Promise.all([useTestPostgres(), createTempPrismaProject()]);
});

afterAll(async () => {
  await Promise.all([server?.dropAll(), project?.remove()]);
});

async function migrationNames(migrationsDir: string): Promise<string[]> {
  const entries = await readdir(migrationsDir, { withFileTypes: true });
  return entries
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
}

async function tableExists(databaseUrl: string, table: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const { rows } = await client.query<{ found: boolean }>(
      'SELECT to_regclass($1) IS NOT NULL AS found',
      [`public."${table}"`],
    );
    return rows[0]!.found;
  } finally {
    await client.end();
  }
}

describe('scripts/prisma.mjs', { timeout: CLI_TIMEOUT_MS }, () => {
  describe('without DATABASE_URL', () => {
    let dataDir: string;

    beforeAll(async () => {
      dataDir = await mkdtemp(path.join(os.tmpdir(), 'atlas-local-data-'));
    });

    afterAll(async () => {
      await rm(dataDir, { recursive: true, force: true });
    });

    const localEnvironment = () => {
      const environment: NodeJS.ProcessEnv = { ...process.env, ATLAS_DATA_DIR: dataDir };
      delete environment.DATABASE_URL;
      return environment;
    };
    const runLocally = (args: readonly string[]) =>
      runNodeScript(PRISMA_SCRIPT, [...args, '--config', project.configPath], {
        env: localEnvironment(),
      });

    it('starts the embedded cluster for the command, keeps its data and stops it afterwards', async () => {
      const deploy = await runLocally(['migrate', 'deploy']);
      expect(deploy.exitCode, deploy.stderr).toBe(0);
      const notice =
        /DATABASE_URL is not set, using embedded PostgreSQL on port \d+, data in (\S+)/.exec(
          deploy.stderr,
        );
      expect(notice, deploy.stderr).not.toBeNull();
      // The server is gone once the command ends: PostgreSQL removes its lock file at shutdown.
      expect(existsSync(path.join(notice![1]!, 'postmaster.pid'))).toBe(false);

      const status = await runLocally(['migrate', 'status']);
      expect(status.exitCode, status.stderr).toBe(0);
      expect(status.stdout).toContain('Database schema is up to date!');
    });

    it("uses the running quick start's database named in stack.json", async () => {
      const databaseUrl = await server.createDatabase();
      await writeFile(path.join(dataDir, 'stack.json'), JSON.stringify({ databaseUrl }));
      try {
        const deploy = await runLocally(['migrate', 'deploy']);
        expect(deploy.exitCode, deploy.stderr).toBe(0);
        expect(deploy.stderr).toContain("using the running stack's database");
        expect(await tableExists(databaseUrl, 'Region')).toBe(true);
      } finally {
        await rm(path.join(dataDir, 'stack.json'));
      }
    });
  });

  it('reports pending migrations, then an up-to-date database, with migrate status', async () => {
    const databaseUrl = await server.createDatabase();

    const pending = await project.prisma(['migrate', 'status'], databaseUrl);
    expect(pending.exitCode).toBe(1);
    expect(pending.stdout).toContain('have not yet been applied');

    expect((await project.prisma(['migrate', 'deploy'], databaseUrl)).exitCode).toBe(0);

    const upToDate = await project.prisma(['migrate', 'status'], databaseUrl);
    expect(upToDate.exitCode).toBe(0);
    expect(upToDate.stdout).toContain('Database schema is up to date!');
  });

  it('creates a second migration with migrate dev on an empty database, which migrate deploy then applies elsewhere', async () => {
    const developmentUrl = await server.createDatabase();
    const before = await migrationNames(project.migrationsDir);
    await appendFile(
      project.schemaPath,
      '\nmodel EngineTestNote {\n  id   Int    @id @default(autoincrement())\n  body String\n}\n',
    );

    const dev = await project.prisma(
      ['migrate', 'dev', '--name', 'engine_test_note'],
      developmentUrl,
    );

    expect(dev.exitCode, dev.stderr).toBe(0);
    const created = (await migrationNames(project.migrationsDir)).filter(
      (name) => !before.includes(name),
    );
    expect(created).toHaveLength(1);
    expect(created[0]).toMatch(/^\d{14}_engine_test_note$/);
    const sql = await readFile(
      path.join(project.migrationsDir, created[0]!, 'migration.sql'),
      'utf8',
    );
    expect(sql).toContain('CREATE TABLE "EngineTestNote"');
    expect(await tableExists(developmentUrl, 'EngineTestNote')).toBe(true);

    const freshUrl = await server.createDatabase();
    const deploy = await project.prisma(['migrate', 'deploy'], freshUrl);
    expect(deploy.exitCode, deploy.stderr).toBe(0);
    expect(await tableExists(freshUrl, 'EngineTestNote')).toBe(true);
  });

  it("fails a migration whose SQL the database rejects with the database's message", async () => {
    const brokenProject = await createTempPrismaProject();
    try {
      const migrationDir = path.join(brokenProject.migrationsDir, '99990101000000_broken');
      await mkdir(migrationDir);
      await writeFile(path.join(migrationDir, 'migration.sql'), 'CREATE TABLE "Broken" (;\n');

      const result = await brokenProject.prisma(
        ['migrate', 'deploy'],
        await server.createDatabase(),
      );

      expect(result.exitCode).toBe(1);
      expect(result.stderr).toContain('Error querying the database: ERROR: syntax error');
      expect(result.stderr).not.toContain('sql_schema_connector');
    } finally {
      await brokenProject.remove();
    }
  });
});

describe('db:check-drift', { timeout: CLI_TIMEOUT_MS }, () => {
  const checkDrift = (project: TempPrismaProject, databaseUrl: string) =>
    project.prisma(
      [
        'migrate',
        'diff',
        '--exit-code',
        '--from-migrations',
        project.migrationsDir,
        '--to-schema',
        project.schemaPath,
      ],
      databaseUrl,
    );

  it('passes when the migrations produce the schema, and exits 2 with the difference when they do not', async () => {
    const driftProject = await createTempPrismaProject();
    try {
      const databaseUrl = await server.createDatabase();
      const inSync = await checkDrift(driftProject, databaseUrl);
      expect(inSync.exitCode, inSync.stderr).toBe(0);
      expect(inSync.stdout).toContain('No difference detected');

      await appendFile(driftProject.schemaPath, '\nmodel DriftProbe {\n  id Int @id\n}\n');
      const drifted = await checkDrift(driftProject, databaseUrl);
      expect(drifted.exitCode).toBe(2);
      expect(drifted.stdout).toContain('[+] Added tables');
      expect(drifted.stdout).toContain('DriftProbe');
    } finally {
      await driftProject.remove();
    }
  });
});
