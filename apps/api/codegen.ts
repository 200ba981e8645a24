import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { CodegenConfig } from '@graphql-codegen/cli';

// The SDL of every module, read in a fixed order: a glob pointer is merged in the order the
// files finish loading, which would reorder schema.graphql from run to run.
const modulesDir = 'src/modules';
const moduleSdl = readdirSync(modulesDir, { recursive: true, encoding: 'utf8' })
  .filter((file) => file.endsWith('.graphql'))
  .sort()
  .map((file) => readFileSync(path.join(modulesDir, file), 'utf8'))
  .join('\n');

// Prisma rows are what resolvers hand around; GraphQL fields not on the row
// (parent, children, sources…) are resolved from them through the loaders.
const prismaMappers = [
  'Region',
  'Pillar',
  'Indicator',
  'Source',
  'Article',
  'Tag',
  'GlossaryTerm',
] as const;

const config: CodegenConfig = {
  schema: moduleSdl,
  // Keep the order of the SDL files (identifying fields first) instead of sorting alphabetically.
  config: { sort: false },
  generates: {
    'schema.graphql': {
      plugins: ['schema-ast'],
      config: { includeDirectives: true },
    },
    'src/generated/graphql.ts': {
      plugins: ['typescript', 'typescript-resolvers'],
      config: {
        contextType: '../context.js#Context',
        useTypeImports: true,
        enumsAsTypes: true,
        avoidOptionals: { field: true, inputValue: false, object: false, defaultValue: false },
        mapperTypeSuffix: 'Model',
        mappers: {
          ...Object.fromEntries(prismaMappers.map((name) => [name, `@atlas/db#${name}`])),
          Observation: '../modules/observations/observation-row.js#ObservationRow',
          User: '@atlas/db#User',
          ApiKey: '@atlas/db#ApiKey',
          StudioArticle: '@atlas/db#Article',
          ArticleRevision: '@atlas/db#ArticleRevision',
          ArticleDiff: '../modules/article-workflow/revision-diff.js#RevisionDiff',
          ArticleConflict: '../modules/article-workflow/article-conflict.js#ArticleConflict',
          ArticleSubmission: '../modules/article-workflow/article-conflict.js#ArticleSubmission',
          AuditEvent: '../modules/audit/audit-log-service.js#AuditEventWithActor',
          ImportBatch: '../modules/imports/import-batch-row.js#ImportBatchRow',
          ObservationConnection: '../modules/observations/observation-page.js#ObservationPage',
          Series: '../modules/observations/series-row.js#SeriesRow',
          SearchResult: '../modules/search/search-store.js#SearchHit',
          Topic: '../modules/topics/topic.js#Topic',
        },
        scalars: {
          Date: { input: 'string', output: 'Date' },
          DateTime: { input: 'string', output: 'Date' },
        },
      },
    },
  },
};

export default config;
