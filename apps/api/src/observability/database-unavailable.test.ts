import { ApolloServer } from '@apollo/server';
import { createPrismaClient } from '@atlas/db';
import { GraphQLError } from 'graphql';
import { afterAll, describe, expect, it } from 'vitest';
import {
  DATABASE_UNAVAILABLE_CODE,
  databaseUnavailablePlugin,
  isDatabaseUnavailableError,
} from './database-unavailable.js';

// Port 1 on the loopback interface refuses every connection: a real, unreachable server.
const unreachable = createPrismaClient('postgresql://postgres@127.0.0.1:1/atlas');
afterAll(() => unreachable.$disconnect());

describe('database outages', () => {
  it('recognises the errors Prisma raises for an unreachable server', async () => {
    const raw = await unreachable.$queryRaw`SELECT 1`.catch((error: unknown) => error);
    const model = await unreachable.region.findMany().catch((error: unknown) => error);
    expect(isDatabaseUnavailableError(raw)).toBe(true);
    expect(isDatabaseUnavailableError(model)).toBe(true);
    expect(
      isDatabaseUnavailableError(new GraphQLError('wrapped', { originalError: model as Error })),
    ).toBe(true);
  });

  it('leaves other errors alone', () => {
    expect(isDatabaseUnavailableError(new Error('no such column'))).toBe(false);
    expect(
      isDatabaseUnavailableError(
        new GraphQLError('bad', { extensions: { code: 'BAD_USER_INPUT' } }),
      ),
    ).toBe(false);
    expect(isDatabaseUnavailableError(Object.assign(new Error('unique'), { code: 'P2002' }))).toBe(
      false,
    );
    expect(isDatabaseUnavailableError(Object.assign(new Error('syntax'), { code: '42601' }))).toBe(
      false,
    );
  });

  it('answers a GraphQL request that needed the database with a 503 and one clear error', async () => {
    const server = new ApolloServer({
      typeDefs: 'type Query { regions: [String!]! }',
      resolvers: {
        Query: {
          regions: async () => (await unreachable.region.findMany()).map((region) => region.code),
        },
      },
      plugins: [databaseUnavailablePlugin()],
    });
    await server.start();
    const response = await server.executeOperation({ query: '{ regions }' });
    await server.stop();

    expect(response.http.status).toBe(503);
    expect(response.http.headers.get('retry-after')).toBe('2');
    expect(response.body.kind === 'single' && response.body.singleResult.errors).toEqual([
      {
        message: 'The database is temporarily unavailable; retry in a few seconds.',
        extensions: { code: DATABASE_UNAVAILABLE_CODE },
      },
    ]);
  });
});
