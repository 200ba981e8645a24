import { postGraphql } from '../harness/graphql-client.js';

export interface ApiRequest {
  method: 'POST';
  path: '/graphql';
  headers: Record<string, string>;
  body: string;
}

export interface Traffic {
  portalPaths: string[];
  apiRequests: ApiRequest[];
}

const jsonHeaders = { 'content-type': 'application/json' };

function graphqlRequest(query: string, variables: Record<string, unknown> = {}): ApiRequest {
  return {
    method: 'POST',
    path: '/graphql',
    headers: jsonHeaders,
    body: JSON.stringify({ query, variables }),
  };
}

/**
 * What readers and researchers ask for, built from the seeded data: the portal's home,
 * article and indicator pages, and the API's latest values, series, rankings and lists.
 * Every request is tried once first, so a broken one fails the run instead of being
 * counted as load.
 */
export async function buildTraffic(apiUrl: string, portalUrl: string): Promise<Traffic> {
  const catalogue = await postGraphql(
    `${apiUrl}/graphql`,
    '{ articles(first: 5) { slug } indicators { code } regions(kind: COUNTRY) { code } }',
  );
  const data = catalogue.body?.data as
    | { articles: { slug: string }[]; indicators: { code: string }[]; regions: { code: string }[] }
    | undefined;
  if (catalogue.status !== 200 || !data)
    throw new Error(`cannot list the seeded data: ${catalogue.text}`);
  const indicators = data.indicators.slice(0, 3).map((indicator) => indicator.code);
  const regions = data.regions.slice(0, 8).map((region) => region.code);

  const portalPaths = [
    '/',
    ...data.articles.slice(0, 3).map((article) => `/articles/${article.slug}`),
    ...indicators.map((code) => `/indicators/${code}`),
  ];
  const apiRequests = [
    graphqlRequest(
      'query Latest($indicators: [String!]!, $regions: [String!]!) { latest(indicators: $indicators, regions: $regions) { period value source { title } } }',
      { indicators, regions },
    ),
    graphqlRequest(
      'query Series($indicators: [String!]!, $regions: [String!]!) { series(indicators: $indicators, regions: $regions) { indicator { code unit } region { code } points { period value } } }',
      { indicators, regions },
    ),
    graphqlRequest(
      'query Ranking($indicator: String!) { ranking(indicator: $indicator, limit: 10) { period entries { rank value region { code name } } } }',
      { indicator: indicators[0] },
    ),
    graphqlRequest('{ pillars { code name indicators { code name unit } } }'),
    graphqlRequest('query Article($slug: String!) { article(slug: $slug) { title body } }', {
      slug: data.articles[0]?.slug ?? '',
    }),
  ];

  for (const path of portalPaths) {
    const response = await fetch(`${portalUrl}${path}`);
    if (response.status !== 200) throw new Error(`portal ${path} answered ${response.status}`);
  }
  for (const request of apiRequests) {
    const response = await fetch(`${apiUrl}${request.path}`, request);
    const body = (await response.json()) as { errors?: unknown[] };
    if (response.status !== 200 || body.errors) {
      throw new Error(`API request ${request.body.slice(0, 60)}… failed: ${JSON.stringify(body)}`);
    }
  }
  return { portalPaths, apiRequests };
}
