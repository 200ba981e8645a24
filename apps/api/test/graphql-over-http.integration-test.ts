import { serverAudits } from 'graphql-http';
import { describe, expect, it } from 'vitest';
import { useApiOnSeededDatabase } from './support/test-api.js';

const api = useApiOnSeededDatabase();

describe('GraphQL over HTTP', () => {
  it('passes every audit of the specification, MUST and SHOULD alike', async () => {
    const audits = serverAudits({ url: new URL('/graphql', api.baseUrl).toString() });
    expect(audits.length).toBeGreaterThan(50);
    const failures: string[] = [];
    for (const audit of audits) {
      const result = await audit.fn();
      if (result.status !== 'ok') failures.push(`${audit.name}: ${result.reason}`);
    }
    expect(failures).toEqual([]);
  });

  it('keeps the 4xx status of a request error for application/graphql-response+json', async () => {
    const request = (accept: string) =>
      fetch(new URL('/graphql', api.baseUrl), {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept },
        body: JSON.stringify({ query: '{ noSuchField }' }),
      });
    const modern = await request('application/graphql-response+json');
    expect(modern.status).toBe(400);
    expect(modern.headers.get('content-type')).toBe(
      'application/graphql-response+json; charset=utf-8',
    );
    const legacy = await request('application/json');
    expect(legacy.status).toBe(200);
    expect(legacy.headers.get('content-type')).toBe('application/json; charset=utf-8');
    expect(await legacy.json()).toMatchObject({
      errors: [{ extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } }],
    });
  });
});
