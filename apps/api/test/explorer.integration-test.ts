import { parse, validate } from 'graphql';
import { describe, expect, it } from 'vitest';
import { exampleQueries } from '../src/explorer/example-queries.js';
import { createSchema } from '../src/schema.js';
import { postGraphql } from './support/graphql-client.js';
import { useApiOnSeededDatabase } from './support/test-api.js';

const api = useApiOnSeededDatabase();

const browserAccept = 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8';

describe('GraphQL explorer', () => {
  it('serves GraphiQL to a browser at /graphql with every asset inline', async () => {
    const response = await fetch(new URL('/graphql', api.baseUrl), {
      headers: { accept: browserAccept },
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    const html = await response.text();
    expect(html).toContain('<title>Compute Atlas API</title>');
    expect(html).toContain('YogaGraphiQL.renderYogaGraphiQL');
    // Nothing is loaded from another host: no external scripts, styles, fonts or images.
    expect(html).not.toMatch(/<(script|link|img)[^>]+(src|href)=["']?(https?:)?\/\//i);
    expect(html).not.toMatch(/@import\s+url\(["']?(https?:)?\/\//i);
  });

  it('leaves GraphQL requests to the endpoint', async () => {
    const url = new URL('/graphql', api.baseUrl);
    url.searchParams.set('query', '{ pillars { code } }');
    const response = await fetch(url, { headers: { accept: browserAccept } });
    expect(response.headers.get('content-type')).toContain('json');
    const curlLike = await fetch(new URL('/graphql', api.baseUrl), { headers: { accept: '*/*' } });
    expect(curlLike.headers.get('content-type')).toContain('json');
  });

  it('offers example queries that are valid and run against the data', async () => {
    const schema = await createSchema();
    for (const example of exampleQueries) {
      const document = parse(example.query);
      expect(validate(schema, document)).toEqual([]);
      if (
        document.definitions.some(
          (d) => d.kind === 'OperationDefinition' && d.operation === 'subscription',
        )
      ) {
        continue;
      }
      const variables = example.variables
        ? (JSON.parse(example.variables) as Record<string, unknown>)
        : {};
      const response = await postGraphql<Record<string, unknown>>(
        api.baseUrl,
        example.query,
        variables,
      );
      expect(response.errors, example.query.split('\n')[0]).toBeUndefined();
      const [first] = Object.values(response.data ?? {});
      expect(first, example.query.split('\n')[0]).toBeTruthy();
    }
  });
});
