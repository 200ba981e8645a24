import { describe, expect, it } from 'vitest';
import type { ApiProcess } from './harness/api-process.js';
import {
  postGraphql,
  postRaw,
  readResponse,
  type GraphqlResponse,
} from './harness/graphql-client.js';
import { useApiOnSeededDatabase } from './harness/seeded-api.js';

// Each case is a request a careless or hostile client might send. Every one must get
// a 4xx with a JSON error naming the problem: never a 5xx, a hang or a crash.

function nested(depth: number): string {
  let selection = 'code';
  for (let level = 0; level < depth; level += 1) selection = `children { ${selection} }`;
  return `{ region(code: "WLD") { ${selection} } }`;
}

function aliasFlood(count: number): string {
  const fields = Array.from({ length: count }, (_, i) => `a${i}: pillars { code }`);
  return `{ ${fields.join(' ')} }`;
}

/** Every indicator with every region with every indicator: few tokens, huge results. */
const wideQuery = `{ indicators { code sources { title } regions { code children { code } members { code }
  aggregates { code } } pillar { indicators { code regions { code children { code name } } } } } }`;

/** Fragments that each spread the previous one twice: 2^30 fields once expanded. */
function fragmentBomb(levels: number): string {
  const fragments = [`fragment F0 on Region { code name }`];
  for (let i = 1; i <= levels; i += 1) {
    fragments.push(`fragment F${i} on Region { ...F${i - 1} children { ...F${i - 1} } }`);
  }
  return `{ region(code: "WLD") { ...F${levels} } } ${fragments.join(' ')}`;
}

// The GraphQL-over-HTTP media type, under which request errors keep their 4xx status
// (answers in plain application/json carry them with status 200, as the specification asks).
const json = {
  'content-type': 'application/json',
  accept: 'application/graphql-response+json',
};

interface AbuseCase {
  name: string;
  send(api: ApiProcess): Promise<GraphqlResponse>;
}

const cases: AbuseCase[] = [
  {
    name: 'malformed JSON',
    send: (api) => postRaw(api.graphqlUrl, '{"query": "{ pillars { code }', json),
  },
  { name: 'a JSON array of strings', send: (api) => postRaw(api.graphqlUrl, '["x", "y"]', json) },
  { name: 'no query at all', send: (api) => postRaw(api.graphqlUrl, '{}', json) },
  {
    name: 'a query that is not a string',
    send: (api) => postRaw(api.graphqlUrl, '{"query": 42}', json),
  },
  {
    name: 'variables that are not an object',
    send: (api) =>
      postRaw(api.graphqlUrl, '{"query": "{ pillars { code } }", "variables": "x"}', json),
  },
  {
    name: 'bytes that are not UTF-8 text',
    send: async (api) =>
      readResponse(
        await fetch(api.graphqlUrl, {
          method: 'POST',
          headers: json,
          body: Buffer.from([0xff, 0xfe, 0x00, 0x81, 0x7b]),
        }),
      ),
  },
  {
    name: 'a form post (CSRF-style simple request)',
    send: (api) =>
      postRaw(api.graphqlUrl, 'query={pillars{code}}', {
        'content-type': 'application/x-www-form-urlencoded',
      }),
  },
  { name: 'invalid syntax', send: (api) => postGraphql(api.graphqlUrl, '{ pillars { code ') },
  {
    name: 'an unknown field',
    send: (api) => postGraphql(api.graphqlUrl, '{ pillars { secretColumn } }'),
  },
  {
    name: 'a missing required argument',
    send: (api) => postGraphql(api.graphqlUrl, '{ region { name } }'),
  },
  {
    name: 'a huge query text (2 MB)',
    send: (api) => postGraphql(api.graphqlUrl, `{ pillars { code ${' '.repeat(2_000_000)} } }`),
  },
  {
    name: 'a huge request body (20 MB)',
    send: (api) => postRaw(api.graphqlUrl, `{"query":"${'x'.repeat(20_000_000)}"}`, json),
  },
  { name: 'a deep query (40 levels)', send: (api) => postGraphql(api.graphqlUrl, nested(40)) },
  { name: 'a wide, costly query', send: (api) => postGraphql(api.graphqlUrl, wideQuery) },
  {
    name: 'an alias flood (2,000 aliases)',
    send: (api) => postGraphql(api.graphqlUrl, aliasFlood(2000)),
  },
  {
    name: 'a fragment bomb (2^30 fields)',
    send: (api) => postGraphql(api.graphqlUrl, fragmentBomb(30)),
  },
  {
    name: 'a fragment cycle',
    send: (api) =>
      postGraphql(
        api.graphqlUrl,
        '{ region(code: "WLD") { ...A } } fragment A on Region { ...B } fragment B on Region { ...A }',
      ),
  },
  {
    name: 'a directive flood',
    send: (api) =>
      postGraphql(api.graphqlUrl, `{ pillars ${'@skip(if: false) '.repeat(5000)} { code } }`),
  },
  {
    name: 'batched operations',
    send: (api) =>
      postRaw(
        api.graphqlUrl,
        JSON.stringify(Array.from({ length: 50 }, () => ({ query: '{ pillars { code } }' }))),
        json,
      ),
  },
  {
    name: 'a variable of the wrong type',
    send: (api) =>
      postGraphql(api.graphqlUrl, 'query Region($code: String!) { region(code: $code) { name } }', {
        code: { $gt: '' },
      }),
  },
  {
    name: 'a required variable left out',
    send: (api) =>
      postGraphql(
        api.graphqlUrl,
        'query Region($code: String!) { region(code: $code) { name } }',
        {},
      ),
  },
  {
    name: 'an unknown operation name',
    send: (api) =>
      postRaw(
        api.graphqlUrl,
        JSON.stringify({
          query: 'query A { pillars { code } } query B { pillars { name } }',
          operationName: 'C',
        }),
        json,
      ),
  },
  {
    name: 'two operations and no operation name',
    send: (api) =>
      postGraphql(api.graphqlUrl, 'query A { pillars { code } } query B { pillars { name } }'),
  },
  {
    name: 'a mutation over GET',
    send: async (api) =>
      readResponse(
        await fetch(`${api.graphqlUrl}?query=${encodeURIComponent('mutation { __typename }')}`, {
          headers: { 'apollo-require-preflight': 'true' },
        }),
      ),
  },
];

const normalQuery = '{ pillars { code name } }';

describe('GraphQL abuse', () => {
  const api = useApiOnSeededDatabase();

  it.each(cases)('answers $name with a 4xx and a clear JSON error', async ({ send }) => {
    const started = Date.now();
    const response = await send(api);
    const elapsedMs = Date.now() - started;

    expect(response.status, response.text.slice(0, 300)).toBeGreaterThanOrEqual(400);
    expect(response.status, response.text.slice(0, 300)).toBeLessThan(500);
    const error = response.body?.errors?.[0];
    expect(error?.message, response.text.slice(0, 300)).toMatch(/\w{3}/);
    expect(error?.message).not.toMatch(/Internal server error/i);
    // Rejecting must not hang the server: a generous bound, not a performance target.
    expect(elapsedMs).toBeLessThan(10_000);
    expect(api.exitStatus()).toBeUndefined();
  });

  it('still serves normal queries afterwards, with no server error logged', async () => {
    const response = await postGraphql(api.graphqlUrl, normalQuery);
    expect(response.status).toBe(200);
    expect(response.body?.errors).toBeUndefined();
    expect((response.body?.data as { pillars: unknown[] }).pillars.length).toBeGreaterThan(0);
    expect((await fetch(`${api.url}/readyz`)).status).toBe(200);
    expect(api.exitStatus()).toBeUndefined();
    const serverErrors = api.output.filter((line) => /"level":(50|60)/.test(line));
    expect(serverErrors).toEqual([]);
  });
});
