/**
 * Aggregates the publishers mix with countries in their files. They are recognised so that
 * they are never imported as countries: an aggregate the atlas has itself (the world, the
 * European Union of 27) is imported under the atlas's code, every other one is skipped.
 */

/** The atlas's own code for a publisher's aggregate, where the atlas keeps that aggregate. */
export interface AggregateMatch {
  kind: 'aggregate';
  publisherCode: string;
  name: string;
  atlasCode: string | null;
}

/**
 * The World Bank's aggregate codes, with its names, as they appear in the WDI files in
 * `prisma/data/raw/worldbank/` (every `Country Code` there that is not an ISO 3166-1 code).
 * The Channel Islands are a World Bank economy made of two ISO territories (Jersey, Guernsey),
 * so they count as an aggregate too.
 */
const worldBankAggregates: Record<string, string> = {
  AFE: 'Africa Eastern and Southern',
  AFW: 'Africa Western and Central',
  ARB: 'Arab World',
  CEB: 'Central Europe and the Baltics',
  CHI: 'Channel Islands',
  CSS: 'Caribbean small states',
  EAP: 'East Asia & Pacific (excluding high income)',
  EAR: 'Early-demographic dividend',
  EAS: 'East Asia & Pacific',
  ECA: 'Europe & Central Asia (excluding high income)',
  ECS: 'Europe & Central Asia',
  EMU: 'Euro area',
  EUU: 'European Union',
  HIC: 'High income',
  HPC: 'Heavily indebted poor countries (HIPC)',
  IBD: 'IBRD only',
  IBT: 'IDA & IBRD total',
  IDA: 'IDA total',
  IDB: 'IDA blend',
  IDX: 'IDA only',
  INX: 'Not classified',
  LAC: 'Latin America & Caribbean (excluding high income)',
  LCN: 'Latin America & Caribbean',
  LDC: 'Least developed countries: UN classification',
  LIC: 'Low income',
  LMC: 'Lower middle income',
  LMY: 'Low & middle income',
  LTE: 'Late-demographic dividend',
  MEA: 'Middle East, North Africa, Afghanistan & Pakistan',
  MIC: 'Middle income',
  MNA: 'Middle East, North Africa, Afghanistan & Pakistan (excluding high income)',
  NAC: 'North America',
  OED: 'OECD members',
  OSS: 'Other small states',
  PRE: 'Pre-demographic dividend',
  PSS: 'Pacific island small states',
  PST: 'Post-demographic dividend',
  SAS: 'South Asia',
  SSA: 'Sub-Saharan Africa (excluding high income)',
  SSF: 'Sub-Saharan Africa',
  SST: 'Small states',
  TEA: 'East Asia & Pacific (IDA & IBRD countries)',
  TEC: 'Europe & Central Asia (IDA & IBRD countries)',
  TLA: 'Latin America & the Caribbean (IDA & IBRD countries)',
  TMN: 'Middle East, North Africa, Afghanistan & Pakistan (IDA & IBRD)',
  TSA: 'South Asia (IDA & IBRD)',
  TSS: 'Sub-Saharan Africa (IDA & IBRD countries)',
  UMC: 'Upper middle income',
  WLD: 'World',
};

/** World Bank aggregates the atlas keeps under its own code. */
const atlasCodeOfWorldBank: Record<string, string> = { WLD: 'WLD' };

export function worldBankAggregate(code: string): AggregateMatch | null {
  const name = worldBankAggregates[code];
  if (name === undefined) return null;
  return {
    kind: 'aggregate',
    publisherCode: code,
    name,
    atlasCode: atlasCodeOfWorldBank[code] ?? null,
  };
}

/**
 * Eurostat's aggregates: the EU and euro area in their successive compositions (`EU27_2020`,
 * `EU28`, `EA20`, `EA19`…), EFTA and the EEA. The atlas's `EU27` is the EU of 27 since 2020.
 */
const eurostatAggregatePattern = /^(EU|EA|EFTA|EEA)(\d{1,2})?(_\d{4})?$/;
const atlasCodeOfEurostat: Record<string, string> = { EU27_2020: 'EU27' };

export function eurostatAggregate(code: string): AggregateMatch | null {
  if (!eurostatAggregatePattern.test(code)) return null;
  return {
    kind: 'aggregate',
    publisherCode: code,
    name: code,
    atlasCode: atlasCodeOfEurostat[code] ?? null,
  };
}
