/** A ready query for researchers, opened as a tab of the explorer. */
export interface ExampleQuery {
  query: string;
  /** JSON text, as the explorer's variables editor holds it. */
  variables?: string;
}

const json = (value: unknown) => JSON.stringify(value, null, 2);

export const exampleQueries: readonly ExampleQuery[] = [
  {
    query: `# Latest value of each indicator for each region, with its period and source.
query LatestValues($indicators: [String!]!, $regions: [String!]!) {
  latest(indicators: $indicators, regions: $regions) {
    indicator { code name unit }
    region { code name }
    period
    value
    status
    computed
    source { title publisher url }
  }
}`,
    variables: json({
      indicators: ['compute_total_eflops', 'top500_rmax_pflops', 'dc_electricity_twh'],
      regions: ['WLD', 'USA', 'CHN', 'EUR'],
    }),
  },
  {
    query: `# Time series ready to chart: one line per indicator and region, with year-on-year growth.
query Series($indicators: [String!]!, $regions: [String!]!, $from: String, $to: String) {
  series(indicators: $indicators, regions: $regions, from: $from, to: $to) {
    indicator { code unit }
    region { code name }
    points { period periodStart value status source { title } }
    yearOnYear { period rate }
  }
}`,
    variables: json({
      indicators: ['top500_rmax_pflops'],
      regions: ['USA', 'CHN', 'JPN', 'DEU'],
      from: '2019',
      to: '2025',
    }),
  },
  {
    query: `# Countries ranked by one indicator; ties share a rank, countries without data are listed.
query Ranking($indicator: String!, $period: String, $limit: Int) {
  ranking(indicator: $indicator, period: $period, limit: $limit) {
    period
    order
    entries { rank region { code name } value observation { source { title } } }
    missing { code }
  }
}`,
    variables: json({ indicator: 'top500_systems', period: '2024-11', limit: 10 }),
  },
  {
    query: `# Growth between two periods: absolute and relative change, compound annual growth rate.
query Growth($indicators: [String!]!, $regions: [String!]!, $from: String!, $to: String!) {
  growth(indicators: $indicators, regions: $regions, from: $from, to: $to) {
    indicator { code }
    region { code }
    start { period value }
    end { period value }
    years
    relativeChange
    cagr
  }
}`,
    variables: json({
      indicators: ['top500_rmax_pflops'],
      regions: ['USA', 'CHN', 'JPN'],
      from: '2019-11',
      to: '2024-11',
    }),
  },
  {
    query: `# The Computing Power Index with custom weights, and why each country scores what it does.
query Index($weights: IndexWeightsInput) {
  computingPowerIndex(weights: $weights, limit: 10) {
    period
    weights { pillar { code } share indicators { indicator { code } share } }
    entries {
      rank
      region { code name }
      score
      coverage
      pillars { pillar { code } contribution }
      indicators { indicator { code } observation { period value } normalised contribution }
    }
  }
}`,
    variables: json({
      weights: {
        pillars: [
          { pillar: 'capacity', weight: 2 },
          { pillar: 'environment', weight: 1 },
          { pillar: 'applications', weight: 1 },
        ],
      },
    }),
  },
  {
    query: `# Every stored observation matching a filter, page by page (pass endCursor as after).
query Observations($filter: ObservationFilter, $after: String) {
  observations(filter: $filter, first: 100, after: $after) {
    totalCount
    pageInfo { hasNextPage endCursor }
    nodes { indicator { code } region { code } period value status note source { title } }
  }
}`,
    variables: json({ filter: { indicators: ['dc_electricity_twh'], from: '2020' } }),
  },
  {
    query: `# Regions and their place in the hierarchy; indicators with methodology and sources.
query Catalogue {
  regions(kind: AGGREGATE) { code name description members { code } }
  pillars {
    code
    name
    indexWeight
    indicators { code name unit higherIsBetter additive methodology periods sources { title } }
  }
}`,
  },
  {
    query: `# Live: every observation added or changed from now on (run, then import data elsewhere).
subscription ObservationChanges($indicators: [String!]) {
  observationChanged(indicators: $indicators) {
    kind
    observation { indicator { code } region { code } period value status }
  }
}`,
    variables: json({ indicators: ['top500_systems'] }),
  },
];
