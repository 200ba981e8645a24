import { describe, expect, it } from 'vitest';
import { errorCodes, postGraphql, queryData } from './support/graphql-client.js';
import { useApiOnSeededDatabase } from './support/test-api.js';

const api = useApiOnSeededDatabase();

interface RegionCode {
  code: string;
}

describe('regions', () => {
  it('lists every region by name', async () => {
    const data = await queryData<{ regions: RegionCode[] }>(api.baseUrl, '{ regions { code } }');
    const expected = await api.prisma.region.findMany({ orderBy: { name: 'asc' } });
    expect(data.regions.map((region) => region.code)).toEqual(expected.map((row) => row.code));
    expect(data.regions.length).toBeGreaterThan(40);
  });

  it('lists only the regions of the kind asked for', async () => {
    const data = await queryData<{ regions: { code: string; kind: string }[] }>(
      api.baseUrl,
      'query ($kind: RegionKind) { regions(kind: $kind) { code kind } }',
      { kind: 'AGGREGATE' },
    );
    const expected = await api.prisma.region.findMany({
      where: { kind: 'AGGREGATE' },
      orderBy: { name: 'asc' },
    });
    expect(expected.length).toBeGreaterThan(0);
    expect(data.regions).toEqual(expected.map((row) => ({ code: row.code, kind: 'AGGREGATE' })));
  });
});

describe('regions filters', () => {
  const filteredQuery = `query ($kind: RegionKind, $parent: String, $memberOf: String, $search: String) {
    regions(kind: $kind, parent: $parent, memberOf: $memberOf, search: $search) { code }
  }`;
  const codes = async (variables: Record<string, unknown>) =>
    (await queryData<{ regions: RegionCode[] }>(api.baseUrl, filteredQuery, variables)).regions.map(
      (region) => region.code,
    );

  it('lists the children of a parent and the members of an aggregate', async () => {
    const children = await api.prisma.region.findMany({
      where: { parent: { code: 'WLD' } },
      orderBy: { name: 'asc' },
    });
    expect(children.length).toBeGreaterThan(10);
    expect(await codes({ parent: 'WLD' })).toEqual(children.map((row) => row.code));

    const members = await api.prisma.region.findMany({
      where: { aggregates: { some: { aggregate: { code: 'EUR' } } } },
      orderBy: { name: 'asc' },
    });
    expect(members.length).toBeGreaterThan(5);
    expect(await codes({ memberOf: 'EUR' })).toEqual(members.map((row) => row.code));
  });

  it('finds regions by part of their name or code, ignoring case, combined with other filters', async () => {
    const all = await api.prisma.region.findMany({ orderBy: { name: 'asc' } });
    const matching = all.filter(
      (row) => row.name.toLowerCase().includes('land') || row.code.toLowerCase().includes('land'),
    );
    expect(matching.length).toBeGreaterThan(1);
    expect(await codes({ search: 'LAND' })).toEqual(matching.map((row) => row.code));
    expect(await codes({ search: 'land', memberOf: 'EUR' })).toEqual(
      (
        await api.prisma.region.findMany({
          where: {
            code: { in: matching.map((row) => row.code) },
            aggregates: { some: { aggregate: { code: 'EUR' } } },
          },
          orderBy: { name: 'asc' },
        })
      ).map((row) => row.code),
    );
  });

  it('names unknown codes', async () => {
    const response = await postGraphql(api.baseUrl, filteredQuery, { parent: 'NOWHERE' });
    expect(errorCodes(response)).toEqual(['NOT_FOUND']);
    expect(response.errors?.[0]?.message).toBe("Unknown region: 'NOWHERE'");
  });
});

describe('region', () => {
  const regionQuery = `query ($code: String!) {
    region(code: $code) {
      code name kind description
      parent { code }
      children { code }
      members { code }
      aggregates { code }
    }
  }`;

  interface RegionDetail {
    code: string;
    name: string;
    kind: string;
    description: string | null;
    parent: RegionCode | null;
    children: RegionCode[];
    members: RegionCode[];
    aggregates: RegionCode[];
  }

  it('returns an aggregate with its members, as stored', async () => {
    const membership = await api.prisma.aggregateMembership.findFirst({
      include: { aggregate: true },
    });
    expect(membership, 'the seed defines aggregates with members').not.toBeNull();
    const aggregate = membership!.aggregate;
    const members = await api.prisma.region.findMany({
      where: { aggregates: { some: { aggregateId: aggregate.id } } },
      orderBy: { name: 'asc' },
    });

    const data = await queryData<{ region: RegionDetail }>(api.baseUrl, regionQuery, {
      code: aggregate.code,
    });
    expect(data.region).toMatchObject({
      code: aggregate.code,
      name: aggregate.name,
      kind: aggregate.kind,
      description: aggregate.description,
    });
    expect(data.region.members.map((member) => member.code)).toEqual(
      members.map((member) => member.code),
    );
  });

  it('returns a member region with the aggregates it belongs to and its place in the hierarchy', async () => {
    const membership = await api.prisma.aggregateMembership.findFirst({
      include: { member: { include: { parent: true, children: true } } },
    });
    const member = membership!.member;
    const aggregates = await api.prisma.region.findMany({
      where: { members: { some: { memberId: member.id } } },
      orderBy: { name: 'asc' },
    });

    const data = await queryData<{ region: RegionDetail }>(api.baseUrl, regionQuery, {
      code: member.code,
    });
    expect(data.region.aggregates.map((region) => region.code)).toEqual(
      aggregates.map((region) => region.code),
    );
    expect(data.region.parent?.code ?? null).toBe(member.parent?.code ?? null);
    expect(data.region.children.map((child) => child.code).sort()).toEqual(
      member.children.map((child) => child.code).sort(),
    );
  });

  it('returns the children of a parent region', async () => {
    const parent = await api.prisma.region.findFirst({
      where: { children: { some: {} } },
      include: { children: { orderBy: { name: 'asc' } } },
    });
    expect(parent, 'the seed places regions in a hierarchy').not.toBeNull();

    const data = await queryData<{ region: RegionDetail }>(api.baseUrl, regionQuery, {
      code: parent!.code,
    });
    expect(data.region.children.map((child) => child.code)).toEqual(
      parent!.children.map((child) => child.code),
    );
  });

  it('returns null for a code that names no region', async () => {
    const data = await queryData<{ region: RegionDetail | null }>(api.baseUrl, regionQuery, {
      code: 'NO_SUCH_REGION',
    });
    expect(data.region).toBeNull();
  });
});
