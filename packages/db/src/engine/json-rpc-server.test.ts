import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { serveJsonRpc, type JsonRpcService } from './json-rpc-server.mjs';

/** Sends the lines to a server, ends its input and returns every message it wrote. */
async function exchange(service: JsonRpcService, lines: string[]): Promise<unknown[]> {
  const input = new PassThrough();
  const output = new PassThrough();
  let written = '';
  output.setEncoding('utf8').on('data', (chunk: string) => (written += chunk));
  const serving = serveJsonRpc(input, output, service);
  input.end(lines.map((line) => `${line}\n`).join(''));
  await serving;
  return written
    .split('\n')
    .filter((line) => line !== '')
    .map((line) => JSON.parse(line));
}

const echoService: JsonRpcService = {
  async handle(method, params, peer) {
    if (method === 'fail') throw new Error('it failed');
    if (method === 'announce') peer.request('print', { content: 'hello' });
    if (method === 'nothing') return undefined;
    return { method, params };
  },
  describeError: (error) => ({ code: 4466, message: (error as Error).message }),
};

describe('serveJsonRpc', () => {
  it('answers each request with its id and result', async () => {
    const messages = await exchange(echoService, [
      JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'diff', params: { script: true } }),
      JSON.stringify({ jsonrpc: '2.0', id: 2, method: 'version' }),
    ]);

    expect(messages).toEqual([
      { jsonrpc: '2.0', id: 1, result: { method: 'diff', params: { script: true } } },
      { jsonrpc: '2.0', id: 2, result: { method: 'version' } },
    ]);
  });

  it('answers null for a method without a return value, so the caller settles', async () => {
    expect(
      await exchange(echoService, [JSON.stringify({ jsonrpc: '2.0', id: 7, method: 'nothing' })]),
    ).toEqual([{ jsonrpc: '2.0', id: 7, result: null }]);
  });

  it('answers a failure with the error the service describes', async () => {
    expect(
      await exchange(echoService, [JSON.stringify({ jsonrpc: '2.0', id: 3, method: 'fail' })]),
    ).toEqual([{ jsonrpc: '2.0', id: 3, error: { code: 4466, message: 'it failed' } }]);
  });

  it("sends the service's own requests before the response that follows them", async () => {
    const messages = await exchange(echoService, [
      JSON.stringify({ jsonrpc: '2.0', id: 4, method: 'announce' }),
      JSON.stringify({ jsonrpc: '2.0', id: 1, result: {} }),
    ]);

    expect(messages).toEqual([
      { jsonrpc: '2.0', id: 1, method: 'print', params: { content: 'hello' } },
      { jsonrpc: '2.0', id: 4, result: { method: 'announce' } },
    ]);
  });

  it('answers lines that are not JSON-RPC requests with protocol errors', async () => {
    const messages = await exchange(echoService, [
      '{"id": 5, "method":',
      JSON.stringify({ id: 6, method: 42 }),
    ]);

    expect(messages).toEqual([
      {
        jsonrpc: '2.0',
        id: null,
        error: { code: -32700, message: 'Parse error: a line is not valid JSON.' },
      },
      {
        jsonrpc: '2.0',
        id: 6,
        error: { code: -32600, message: 'Invalid request: the method must be a string.' },
      },
    ]);
  });
});
