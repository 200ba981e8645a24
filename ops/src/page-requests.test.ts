import { cacheTags } from '@atlas/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startCountingProxy, type CountingProxy } from './harness/counting-proxy.js';
import { postGraphql } from './harness/graphql-client.js';
import { startPortal, type PortalProcess } from './harness/portal-process.js';
import { useApiOnSeededDatabase } from './harness/seeded-api.js';

// A cold render of a public page costs one round trip to the API: the API answers everything a
// page shows in one GraphQL request (an article two, see below). The built portal reads the built API through a proxy that
// counts requests; before each page, every cache tag is expired through the portal's
// /api/revalidate (as the API does when data changes), so each page renders from nothing.

/** Each public page and the API requests its cold render may make. */
const budgets: Record<string, number> = {
  '/': 1,
  '/articles': 1,
  // Two: the live blocks are named in the article's text, which the first answer brings; the
  // second answers all of them at once.
  '/articles/demand-outpaces-supply': 2,
  '/topics': 1,
  '/topics/capacity': 1,
  '/topics/country-profile': 1,
  '/indicators': 1,
  '/indicators/top500_rmax_pflops': 1,
  '/indicators/top500_rmax_pflops?regions=USA,CHN&measure=per-capita': 1,
  '/indicators/top500_rmax_pflops?view=map': 1,
  '/indicators/top500_rmax_pflops?view=map&measure=per-capita': 1,
  '/indicators/top500_rmax_pflops?view=table': 1,
  '/indicators/top500_rmax_pflops?view=sources': 1,
  '/regions': 1,
  '/regions/USA': 1,
  '/computing-power-index': 1,
  '/rankings': 1,
  '/rankings?indicator=top500_systems&period=2020-11&sort=value&dir=asc': 1,
  '/search?q=supercomputer': 1,
  '/sources': 1,
};

const revalidateSecret = 'page-requests-test-secret';

describe('API requests of a cold render of each public page', () => {
  const api = useApiOnSeededDatabase();
  let proxy: CountingProxy;
  let portal: PortalProcess;
  let everyTag: string[];

  beforeAll(async () => {
    proxy = await startCountingProxy(api.url);
    portal = await startPortal(proxy.url, revalidateSecret);
    const { body } = await postGraphql(
      api.graphqlUrl,
      '{ indicators { code } articles(first: 100) { slug } }',
    );
    const data = body?.data as { indicators: { code: string }[]; articles: { slug: string }[] };
    everyTag = [
      cacheTags.catalogue,
      cacheTags.regions,
      cacheTags.articles,
      ...data.indicators.map((indicator) => cacheTags.indicator(indicator.code)),
      ...data.articles.map((article) => cacheTags.article(article.slug)),
    ];
  });

  afterAll(async () => {
    await portal?.stop();
    await proxy?.close();
  });

  async function expireEveryTag() {
    const response = await fetch(`${portal.url}/api/revalidate`, {
      method: 'POST',
      headers: { authorization: `Bearer ${revalidateSecret}`, 'content-type': 'application/json' },
      body: JSON.stringify({ tags: everyTag }),
    });
    expect(response.status).toBe(200);
  }

  it('stays within each page budget', async () => {
    const counted: Record<string, number> = {};
    for (const page of Object.keys(budgets)) {
      await expireEveryTag();
      proxy.reset();
      const response = await fetch(`${portal.url}${page}`);
      expect(response.status, page).toBe(200);
      await response.text();
      counted[page] = proxy.graphqlRequests();
    }
    expect(counted).toEqual(budgets);
  });
});
