export interface GraphqlResponse {
  status: number;
  headers: Headers;
  /** Parsed JSON body, or undefined when the body was not JSON. */
  body:
    { data?: unknown; errors?: { message: string; extensions?: { code?: string } }[] } | undefined;
  text: string;
}

/** JSON in, the GraphQL-over-HTTP media type out: request errors answer with a 4xx status. */
const graphqlResponseHeaders = {
  'content-type': 'application/json',
  accept: 'application/graphql-response+json',
};

/** POSTs a raw body (so tests can send malformed ones) and parses the answer when it is JSON. */
export async function postRaw(
  url: string,
  body: string,
  headers: Record<string, string> = graphqlResponseHeaders,
): Promise<GraphqlResponse> {
  const response = await fetch(url, { method: 'POST', headers, body });
  return readResponse(response);
}

export function postGraphql(
  url: string,
  query: string,
  variables?: Record<string, unknown>,
  headers: Record<string, string> = {},
): Promise<GraphqlResponse> {
  return postRaw(url, JSON.stringify({ query, variables }), {
    ...graphqlResponseHeaders,
    ...headers,
  });
}

export async function readResponse(response: Response): Promise<GraphqlResponse> {
  const text = await response.text();
  let body: GraphqlResponse['body'];
  try {
    body = JSON.parse(text) as GraphqlResponse['body'];
  } catch {
    body = undefined;
  }
  return { status: response.status, headers: response.headers, body, text };
}
