import { once } from 'node:events';
import { createServer, request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface CountingProxy {
  readonly url: string;
  /** How many GraphQL requests passed through since the last `reset`. */
  graphqlRequests(): number;
  reset(): void;
  close(): Promise<void>;
}

/**
 * An HTTP proxy in front of the API that counts the GraphQL requests passing through it, so a
 * test can see how many round trips a client makes without the client knowing it is watched.
 */
export async function startCountingProxy(target: string): Promise<CountingProxy> {
  const upstream = new URL(target);
  let count = 0;
  const server: Server = createServer((incoming, outgoing) => {
    if (incoming.url?.startsWith('/graphql')) count += 1;
    const forwarded = request(
      {
        hostname: upstream.hostname,
        port: upstream.port,
        path: incoming.url,
        method: incoming.method,
        headers: { ...incoming.headers, host: upstream.host },
      },
      (answer) => {
        outgoing.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(outgoing);
      },
    );
    forwarded.on('error', () => outgoing.destroy());
    incoming.pipe(forwarded);
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    graphqlRequests: () => count,
    reset: () => (count = 0),
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
