import { createTestDatabase, type TestDatabase } from '@atlas/db/testing';
import { createClient, type Client } from 'graphql-ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { startApi, type ApiProcess } from './harness/api-process.js';
import { createUser, signIn } from './harness/editor-session.js';
import { postGraphql } from './harness/graphql-client.js';
import {
  ensureRedis,
  flushRedisDatabase,
  redisDatabaseUrl,
  type RedisServer,
} from './harness/redis.js';

// Two API replicas on different ports share one PostgreSQL database and one Redis: what
// happens on one must be seen by the other.

const rateLimit = 40;
// A logical database of its own, so other users of the machine's Redis neither see these
// keys nor add to these counters.
const redisDatabase = 9;
const editor = { email: 'replica-editor@ops.test', password: 'replica-editor-password-1' };

interface Announcement {
  kind: string;
  observation: { period: string; value: number; region: { code: string } };
}

describe('two API replicas sharing PostgreSQL and Redis', () => {
  let redis: RedisServer;
  let database: TestDatabase;
  let first: ApiProcess;
  let second: ApiProcess;
  const clients: Client[] = [];

  beforeAll(async () => {
    redis = await ensureRedis();
    const redisUrl = redisDatabaseUrl(redis.url, redisDatabase);
    await flushRedisDatabase(redisUrl);
    database = await createTestDatabase({ seed: true });
    await createUser({ databaseUrl: database.url, ...editor, role: 'editor' });
    const env = { RATE_LIMIT_REQUESTS: String(rateLimit) };
    [first, second] = await Promise.all([
      startApi({ databaseUrl: database.url, redisUrl, env }),
      startApi({ databaseUrl: database.url, redisUrl, env }),
    ]);
  });

  afterAll(async () => {
    for (const client of clients) await client.dispose();
    await Promise.all([first?.stop(), second?.stop()]);
    await database?.drop();
    await redis?.stop();
  });

  it('delivers to a subscriber on one replica the change imported through the other', async () => {
    const client = createClient({
      url: `${first.url.replace('http', 'ws')}/graphql`,
      webSocketImpl: WebSocket,
      lazy: false,
    });
    clients.push(client);
    const received: Announcement[] = [];
    const subscribed = new Promise<void>((resolve) => client.on('connected', () => resolve()));
    const unsubscribe = client.subscribe<{ observationChanged: Announcement }>(
      {
        query: `subscription { observationChanged(indicators: ["top500_systems"], regions: ["USA"]) {
          kind observation { period value region { code } } } }`,
      },
      {
        next: ({ data }) => data && received.push(data.observationChanged),
        error: (error) =>
          received.push({ kind: `error: ${JSON.stringify(error)}` } as Announcement),
        complete: () => {},
      },
    );
    await subscribed;

    const session = await signIn(second.url, editor.email, editor.password);
    // The subscription is registered a moment after the socket connects; a value per try
    // tells which import an announcement came from.
    const sent: number[] = [];
    for (let attempt = 1; attempt <= 3 && received.length === 0; attempt += 1) {
      await new Promise((resolve) => setTimeout(resolve, 300));
      const value = 9000 + attempt;
      sent.push(value);
      const response = await fetch(`${second.url}/import?fileName=replica-test.csv`, {
        method: 'POST',
        headers: { ...session.headers, 'content-type': 'text/csv' },
        body: `region_code,indicator_code,period,value\nUSA,top500_systems,1993-06,${value}\n`,
      });
      expect(response.status, await response.clone().text()).toBe(200);
      const deadline = Date.now() + 5000;
      while (received.length === 0 && Date.now() < deadline) {
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    }
    unsubscribe();

    expect(received.length).toBeGreaterThan(0);
    const [announcement] = received;
    expect(announcement?.kind).toMatch(/^(ADDED|CHANGED)$/);
    expect(announcement?.observation.period).toBe('1993-06');
    expect(announcement?.observation.region.code).toBe('USA');
    expect(sent).toContain(announcement?.observation.value);
  });

  it('counts the rate limit across both replicas', async () => {
    const query = '{ pillars { code } }';
    const replicas = [first, second];
    const remaining: number[] = [];
    let status = 200;
    let sent = 0;
    // Alternate replicas until the shared budget runs out (bounded well above the limit).
    while (status === 200 && sent < rateLimit * 2) {
      const response = await postGraphql(replicas[sent % 2]!.graphqlUrl, query);
      status = response.status;
      sent += 1;
      if (status === 200) remaining.push(Number(response.headers.get('ratelimit-remaining')));
      else {
        expect(status).toBe(429);
        expect(response.body?.errors?.[0]?.extensions?.code).toBe('RATE_LIMITED');
        expect(response.headers.get('retry-after')).toMatch(/^\d+$/);
      }
    }
    // One counter: each answer, whichever replica gave it, has one fewer left than the last.
    expect(remaining.length).toBeGreaterThan(2);
    for (let i = 1; i < remaining.length; i += 1) expect(remaining[i]).toBe(remaining[i - 1]! - 1);
    expect(remaining.at(-1)).toBe(0);
    expect(status).toBe(429);
    expect(sent).toBeLessThanOrEqual(rateLimit + 1);
  });
});
