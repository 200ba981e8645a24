import 'server-only';
import { cache } from 'react';
import { cacheTags } from '@atlas/domain';
import { graphql } from '@/gql';
import type { RegionKind } from '@/gql/graphql';
import { requestApi } from '@/lib/api/client';

const IndicatorQuery = graphql(`
  query Indicator($code: String!) {
    indicator(code: $code) {
      code
      name
      unit
      pillar {
        name
      }
    }
  }
`);

const PillarsQuery = graphql(`
  query Pillars {
    pillars {
      ...PillarFields
    }
  }
`);

const RegionsQuery = graphql(`
  query Regions($kind: RegionKind) {
    regions(kind: $kind) {
      code
      name
      kind
    }
  }
`);

const RegionQuery = graphql(`
  query Region($code: String!) {
    region(code: $code) {
      ...RegionDetailFields
    }
  }
`);

/** One indicator's name, unit and pillar (what its share image shows), or null. */
export const getIndicator = cache(async (code: string) => {
  const data = await requestApi(
    IndicatorQuery,
    { code },
    { tags: [cacheTags.indicator(code), cacheTags.catalogue] },
  );
  return data.indicator;
});

/** Every pillar with its indicators, in display order. */
export const listPillars = cache(async () => {
  const data = await requestApi(PillarsQuery, {}, { tags: [cacheTags.catalogue] });
  return data.pillars;
});

/** Regions by name, optionally of one kind. */
export const listRegions = cache(async (kind?: RegionKind) => {
  const data = await requestApi(
    RegionsQuery,
    { kind: kind ?? null },
    { tags: [cacheTags.regions] },
  );
  return data.regions;
});

/** One region with its place in the hierarchy, or null. */
export const getRegion = cache(async (code: string) => {
  const data = await requestApi(RegionQuery, { code }, { tags: [cacheTags.regions] });
  return data.region;
});
