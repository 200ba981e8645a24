import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

// The rules of this package must not be written a second time elsewhere in the repository.
const root = fileURLToPath(new URL('../../../', import.meta.url));
const searched = ['apps', 'packages', 'e2e', 'ops', 'scripts'];
const skipped = new Set(['node_modules', 'dist', 'generated', 'gql', '.next', 'domain']);

/** Four-digit patterns that read something other than a period. */
const otherFourDigitPatterns: Record<string, string> = {
  'apps/api/src/modules/common/resolvers/scalars.ts': 'the Date scalar, a calendar day',
  'packages/db/src/seed/load-seed-files.ts': "a source's year of publication",
  'packages/importers/src/data-package/field-types.ts': 'the Frictionless table schema field types',
  'packages/importers/src/data-package/import-data-package.ts': "a data package's creation date",
  'packages/importers/src/regions/aggregates.ts': "Eurostat's aggregate codes such as EU27_2020",
  'packages/importers/src/regions/resolve-region.test.ts': 'a row of a World Bank file',
  'packages/importers/src/top500/list-period.ts': 'the TOP500 download file names',
  'packages/importers/src/world-bank/import-world-bank-csv.ts':
    "the World Bank file's year columns and update date",
};

async function sourceFiles(directory: string): Promise<string[]> {
  const entries = await readdir(directory, { withFileTypes: true });
  const nested = await Promise.all(
    entries.map(async (entry) => {
      const full = path.join(directory, entry.name);
      if (entry.isDirectory()) return skipped.has(entry.name) ? [] : sourceFiles(full);
      return /\.(ts|tsx|mjs)$/.test(entry.name) && !entry.name.endsWith('.d.ts') ? [full] : [];
    }),
  );
  return nested.flat();
}

const files = await Promise.all(
  (await Promise.all(searched.map((folder) => sourceFiles(path.join(root, folder)))))
    .flat()
    .map(async (file) => ({
      file: path.relative(root, file).split(path.sep).join('/'),
      text: await readFile(file, 'utf8'),
    })),
);

const filesMatching = (pattern: RegExp) =>
  files.filter(({ text }) => pattern.test(text)).map(({ file }) => file);

describe('rules defined once, in @atlas/domain', () => {
  it('searches the source of every package', () => {
    expect(files.length).toBeGreaterThan(100);
  });

  it('leaves no second reader of the period grammar', () => {
    const fourDigits = filesMatching(/\\d\{4\}|\[0-9\]\{4\}/);
    expect(fourDigits.filter((file) => !(file in otherFourDigitPatterns))).toEqual([]);
  });

  it('leaves no second reader of the live-block syntax', () => {
    expect(filesMatching(/\b(live|chart|ranking)\|(live|chart|ranking)\b/)).toEqual([]);
  });

  it('leaves no second reader of the term directive', () => {
    expect(filesMatching(/:term\\+\[/)).toEqual([]);
  });

  it('leaves no second definition of a shared function', () => {
    const names =
      'parsePeriod|readPeriod|periodStart|comparePeriods|formatPeriod|competitionRank|rankValues|' +
      'rankOrderOf|cacheTagsFor|parseBlockSpec|findLiveBlocks|formatLiveBlock|findTerms|' +
      'parseTermDirective|splitTermText|withoutTermMarks';
    const definition = new RegExp(`^(export )?(function|const|let) (${names})\\b`, 'm');
    expect(filesMatching(definition)).toEqual([]);
  });
});
