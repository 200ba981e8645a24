import { createClient, type Client } from 'graphql-ws';
import { afterAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { createImportKey, importObservations } from './support/machine-client.js';
import { startApi, useApi, type TestApi } from './support/test-api.js';
import { useTestDatabase } from './support/test-database.js';

const database = useTestDatabase({ seed: true });
let secret: string;
const api = useApi(async () => {
  secret = await createImportKey(database.prisma);
  return startApi(database.prisma);
});
const clients: Client[] = [];
// Registered last, so it runs first: the clients leave before the API stops.
afterAll(async () => {
  for (const client of clients) await client.dispose();
});

interface ChangeEvent {
  observationChanged: {
    kind: string;
    observation: {
      period: string;
      value: number;
      region: { code: string };
      indicator: { code: string };
    };
  };
}

/** Subscribes over WebSocket and collects the events that arrive. */
function subscribe(baseUrl: URL, query: string) {
  const url = new URL('/graphql', baseUrl);
  url.protocol = 'ws:';
  const client = createClient({
    url: url.toString(),
    webSocketImpl: WebSocket,
    lazy: false,
    retryAttempts: 0,
  });
  clients.push(client);
  const events: ChangeEvent[] = [];
  const errors: unknown[] = [];
  client.subscribe<ChangeEvent>(
    { query },
    {
      next: (result) => {
        if (result.data) events.push(result.data);
        if (result.errors) errors.push(...result.errors);
      },
      error: (error) => errors.push(error),
      complete: () => undefined,
    },
  );
  return { client, events, errors };
}

/**
 * Imports new values until the subscriber has seen an event: the subscription is registered on
 * the server a moment after the client sends it, and nothing tells the client when.
 */
async function importUntilSeen(
  events: unknown[],
  rows: (attempt: number) => string,
  through: TestApi = api,
) {
  for (let attempt = 1; attempt <= 40 && events.length === 0; attempt++) {
    await importObservations(
      through.baseUrl,
      secret,
      `region_code,indicator_code,period,value\n${rows(attempt)}\n`,
    );
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

describe('observationChanged subscription', () => {
  it('announces changed and added observations of the chosen indicator and region only', async () => {
    const { events, errors } = subscribe(
      api.baseUrl,
      `subscription {
        observationChanged(indicators: ["top500_systems"], regions: ["USA"]) {
          kind observation { period value region { code } indicator { code } }
        }
      }`,
    );
    // Each attempt first changes China (filtered out), then the United States.
    await importUntilSeen(
      events,
      (attempt) =>
        `CHN,top500_systems,2024-11,${attempt}\nUSA,top500_systems,2024-11,${1000 + attempt}`,
    );
    expect(errors).toEqual([]);
    expect(events.length).toBeGreaterThan(0);
    const [first] = events;
    expect(first!.observationChanged.kind).toBe('CHANGED');
    expect(first!.observationChanged.observation).toMatchObject({
      period: '2024-11',
      region: { code: 'USA' },
      indicator: { code: 'top500_systems' },
    });
    expect(first!.observationChanged.observation.value).toBeGreaterThan(1000);
    expect(
      events.every((event) => event.observationChanged.observation.region.code === 'USA'),
    ).toBe(true);

    const seen = events.length;
    await importObservations(
      api.baseUrl,
      secret,
      'region_code,indicator_code,period,value\nUSA,top500_systems,2030-06,200\n',
    );
    await expect.poll(() => events.length, { timeout: 10_000 }).toBeGreaterThan(seen);
    expect(events.at(-1)!.observationChanged).toMatchObject({
      kind: 'ADDED',
      observation: { period: '2030-06', value: 200 },
    });
  });

  it('refuses unknown codes', async () => {
    const { errors } = subscribe(
      api.baseUrl,
      'subscription { observationChanged(regions: ["NOWHERE"]) { kind } }',
    );
    await expect.poll(() => errors.length, { timeout: 10_000 }).toBe(1);
    expect(errors[0]).toMatchObject({
      message: "Unknown region: 'NOWHERE'",
      extensions: { code: 'NOT_FOUND' },
    });
  });
});
