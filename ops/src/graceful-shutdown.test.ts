import { createClient } from 'graphql-ws';
import { describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { postGraphql } from './harness/graphql-client.js';
import { useApiOnSeededDatabase } from './harness/seeded-api.js';

// SIGTERM while requests arrive and a subscription is open: the subscriber is told the
// server is going away, no request gets a broken answer, and the process exits cleanly.

describe('graceful shutdown of the built API', () => {
  const api = useApiOnSeededDatabase();

  it('closes subscriptions, answers what it took in, and exits with 0', async () => {
    const client = createClient({
      url: `${api.url.replace('http', 'ws')}/graphql`,
      webSocketImpl: WebSocket,
      lazy: false,
      retryAttempts: 0,
    });
    const closed = new Promise<number>((resolve) =>
      client.on('closed', (event) => resolve((event as { code: number }).code)),
    );
    await new Promise<void>((resolve) => client.on('connected', () => resolve()));
    client.subscribe(
      { query: 'subscription { observationChanged { kind } }' },
      { next: () => {}, error: () => {}, complete: () => {} },
    );

    // Different arguments each, so every request reaches the database.
    const running = Array.from({ length: 8 }, (_, i) =>
      postGraphql(
        api.graphqlUrl,
        `{ ranking(indicator: "top500_systems", limit: ${i + 1}) { entries { rank } } }`,
      ).catch((error: Error) => error),
    );
    await new Promise((resolve) => setTimeout(resolve, 20));
    const exit = await api.stop();
    const answers = await Promise.all(running);

    // 0 only when every step closed cleanly and no request had to be cut at the deadline.
    expect(exit).toEqual({ code: 0, signal: null });
    // A request is answered in full or never taken in (a connection the server had not read
    // from yet is closed): never a 5xx, never a response cut short. That requests running
    // at the signal finish is shown with a slow handler in apps/api's graceful-shutdown test.
    for (const answer of answers) {
      if (answer instanceof Error) {
        expect(String((answer.cause as { code?: string })?.code)).toMatch(
          /^(ECONNREFUSED|ECONNRESET)$/,
        );
      } else {
        expect(answer.status).toBe(200);
        expect(answer.body?.data).toBeDefined();
      }
    }
    expect(await closed).toBe(1001);
    await client.dispose();
  });
});
