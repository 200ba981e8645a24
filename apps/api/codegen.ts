import type { CodegenConfig } from '@graphql-codegen/cli';

// Prisma rows are what resolvers hand around; GraphQL fields not on the row
// (parent, children, sources…) are resolved from them through the loaders.
const prismaMappers = ['Region', 'Pillar', 'Indicator', 'Source', 'Article', 'Tag'] as const;

const config: CodegenConfig = {
  schema: 'src/modules/**/*.graphql',
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
          ObservationConnection: '../modules/observations/observation-page.js#ObservationPage',
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
