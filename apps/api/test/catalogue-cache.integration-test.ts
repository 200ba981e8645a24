import type { PrismaClient } from '@atlas/db';
import { beforeAll, describe, expect, it } from 'vitest';
import { createCatalogueCache } from '../src/catalogue/catalogue-cache.js';
import { graphqlAs, signInOverHttp } from './auth/http-session.js';
import { queryData } from './support/graphql-client.js';
import { createSignedInViewer } from './support/fixtures.js';
import { startApi, useApi } from './support/test-api.js';
import { useTestDatabase } from './support/test-database.js';

describe('the catalogue kept between requests', () => {
  const database = useTestDatabase({ referenceData: true });
  let prisma: PrismaClient;
  beforeAll(() => {
    prisma = database.prisma;
  });

  it('is read once per data version, and again when the version moves or it grows old', async () => {
    let version = 0;
    const cache = createCatalogueCache(prisma, () => version, 60_000);
    const first = await cache.get();
    expect(await cache.get()).toBe(first);
    expect(first.regionsByCode.get('USA')?.name).toBe('United States');

    await prisma.region.update({ where: { code: 'USA' }, data: { name: 'USA, renamed' } });
    expect((await cache.get()).regionsByCode.get('USA')?.name).toBe('United States');
    version += 1;
    expect((await cache.get()).regionsByCode.get('USA')?.name).toBe('USA, renamed');

    const ageing = createCatalogueCache(prisma, () => version, 0);
    const before = await ageing.get();
    await new Promise((resolve) => setTimeout(resolve, 5));
    expect(await ageing.get()).not.toBe(before);
    await prisma.region.update({ where: { code: 'USA' }, data: { name: 'United States' } });
  });

  describe('in the API', () => {
    const api = useApi(() => startApi(prisma));

    const regionName = async (code: string) =>
      (
        await queryData<{ region: { name: string } }>(
          api.baseUrl,
          `{ region(code: "${code}") { name } }`,
        )
      ).region.name;

    it('answers an edit made through the API at once, on the next read', async () => {
      expect(await regionName('CHN')).toBe('China');
      const editor = (await createSignedInViewer(prisma, 'EDITOR')).user;
      const session = await signInOverHttp(api.baseUrl, editor.email, 'correct horse battery');
      const renamed = await graphqlAs<{ updateRegion: { name: string } }>(
        api.baseUrl,
        session,
        'mutation { updateRegion(code: "CHN", input: { name: "China (renamed)" }) { name } }',
      );
      expect(renamed.errors).toBeUndefined();
      expect(await regionName('CHN')).toBe('China (renamed)');
    });
  });
});
