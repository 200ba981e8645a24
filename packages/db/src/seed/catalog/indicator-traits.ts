export interface IndicatorTraits {
  /** Members' values can be summed into an aggregate: counts and totals in absolute units. */
  additive: boolean;
  /** Default weight inside its pillar for the Computing Power Index. */
  indexWeight?: number;
}

const TOTAL: IndicatorTraits = { additive: true };
const RELATIVE: IndicatorTraits = { additive: false };

/**
 * Traits the CSV does not carry, for every indicator in prisma/data/indicators.csv (the seed
 * refuses an indicator missing here). Shares, ratios, ranks, per-capita values, index scores,
 * maxima and thresholds are not additive. Index weights go only to indicators with a direction
 * that cover most of the countries in the data; within capacity, aggregate TOP500 performance
 * weighs more than the number of systems because it measures the capacity itself.
 */
export const INDICATOR_TRAITS: Readonly<Record<string, IndicatorTraits>> = {
  top500_systems: { additive: true, indexWeight: 0.4 },
  top500_rmax_pflops: { additive: true, indexWeight: 0.6 },
  top500_rmax_total_pflops: TOTAL,
  top500_countries: TOTAL,
  top500_top1_rmax_pflops: RELATIVE,
  top500_entry_rmax_pflops: RELATIVE,
  compute_total_eflops: TOTAL,
  compute_general_eflops: TOTAL,
  compute_ai_eflops: TOTAL,
  compute_super_eflops: TOTAL,
  compute_global_share_pct: RELATIVE,
  compute_general_share_pct: RELATIVE,
  compute_ai_share_pct: RELATIVE,
  dc_racks_million: TOTAL,
  dc_servers_million: TOTAL,
  storage_capacity_eb: TOTAL,
  dc_count: TOTAL,
  dc_count_cloudscene: TOTAL,
  dc_count_share_pct: RELATIVE,
  gpu_cluster_perf_share_pct: RELATIVE,
  gci_score: RELATIVE,
  gci_rank: RELATIVE,
  dc_electricity_twh: TOTAL,
  dc_electricity_twh_low: TOTAL,
  dc_electricity_twh_high: TOTAL,
  dc_electricity_share_pct: RELATIVE,
  dc_pue_avg: RELATIVE,
  compute_core_industry_cny_trn: TOTAL,
  computing_industry_cny_trn: TOTAL,
  ai_compute_market_usd_bn: TOTAL,
  genai_compute_market_usd_bn: TOTAL,
  hyperscaler_capex_usd_bn: TOTAL,
  dc_investment_usd_bn: TOTAL,
  gci_mult_digital_economy_permille: RELATIVE,
  gci_mult_gdp_permille: RELATIVE,
  digital_economy_share_gdp_pct: RELATIVE,
  compute_output_per_cny_low: RELATIVE,
  compute_output_per_cny_high: RELATIVE,
  compute_gdp_elasticity_pp: RELATIVE,
  compute_digecon_elasticity_pp: RELATIVE,
  population: TOTAL,
  gdp_current_usd: TOTAL,
  internet_users_pct: { additive: false, indexWeight: 1 },
  fixed_broadband_per100: { additive: false, indexWeight: 1 },
  electricity_consumption_kwh_pc: RELATIVE,
  ent_ai_use_pct: RELATIVE,
  ent_cloud_use_pct: RELATIVE,
  ent_cloud_cpu_pct: RELATIVE,
  robot_density_mfg: RELATIVE,
  robot_installations_units: TOTAL,
  ai_notable_models_aiindex: RELATIVE,
  ai_notable_models_epoch: RELATIVE,
  genai_patent_families_2014_2023: RELATIVE,
  semi_fab_capacity_share_pct: RELATIVE,
  semi_sub10nm_capacity_share_pct: RELATIVE,
};
