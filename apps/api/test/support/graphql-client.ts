export interface GraphqlError {
  message: string;
  path?: (string | number)[];
  extensions?: { code?: string } & Record<string, unknown>;
}

export interface GraphqlResponse<T> {
  status: number;
  headers: Headers;
  data?: T | null;
  errors?: GraphqlError[];
}

/** POSTs a GraphQL request as JSON, the way researchers' scripts and the portal do. */
export async function postGraphql<T>(
  baseUrl: URL,
  query: string,
  variables: Record<string, unknown> = {},
  headers: Record<string, string> = {},
): Promise<GraphqlResponse<T>> {
  const response = await fetch(new URL('/graphql', baseUrl), {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      accept: 'application/graphql-response+json, application/json;q=0.9',
      ...headers,
    },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: T | null; errors?: GraphqlError[] };
  return { status: response.status, headers: response.headers, ...body };
}

/** The data of a request that must succeed; fails the test with the errors otherwise. */
export async function queryData<T>(
  baseUrl: URL,
  query: string,
  variables: Record<string, unknown> = {},
): Promise<T> {
  const response = await postGraphql<T>(baseUrl, query, variables);
  if (response.errors?.length || !response.data) {
    throw new Error(`GraphQL request failed: ${JSON.stringify(response.errors)}`);
  }
  return response.data;
}

/** The `extensions.code` values of a failed request. */
export function errorCodes(response: GraphqlResponse<unknown>): (string | undefined)[] {
  return (response.errors ?? []).map((error) => error.extensions?.code);
}
