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
 * that cover many countries (at least forty in recent years), two or more per pillar; within
 * capacity, aggregate TOP500 performance weighs more than the number of systems because it
 * measures the capacity itself; elsewhere, rates per person or per output weigh more than
 * absolute totals, which mostly measure a country's size; series that stop years before the
 * others (resident patent applications, renewable electricity) stay out, since the index scores
 * the latest year every default indicator has (apps/api/docs/index-methodology.md).
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
  internet_users_pct: { additive: false, indexWeight: 0.6 },
  fixed_broadband_per100: { additive: false, indexWeight: 0.6 },
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
  // Derived from the TOP500 list files (packages/importers).
  top500_rpeak_pflops: TOTAL,
  top500_accelerated_systems: TOTAL,
  top500_accelerated_rmax_share_pct: RELATIVE,
  top500_energy_efficiency_gflops_w: RELATIVE,
  top500_power_reporting_systems: TOTAL,
  top500_power_mw: TOTAL,
  top500_systems_academic: TOTAL,
  top500_systems_research: TOTAL,
  top500_systems_government: TOTAL,
  top500_systems_industry: TOTAL,
  top500_systems_vendor: TOTAL,
  top500_systems_classified: TOTAL,
  top500_systems_other: TOTAL,
  // Read from the World Bank's data packages.
  gdp_per_capita_usd: RELATIVE,
  secure_internet_servers_per_million: { additive: false, indexWeight: 0.4 },
  mobile_subscriptions_per100: { additive: false, indexWeight: 0.4 },
  rd_expenditure_pct_gdp: { additive: false, indexWeight: 0.5 },
  researchers_rd_per_million: { additive: false, indexWeight: 0.5 },
  patent_applications_residents: TOTAL,
  hightech_exports_pct_manufactured: { additive: false, indexWeight: 0.6 },
  hightech_exports_usd: TOTAL,
  ip_receipts_usd: { additive: true, indexWeight: 0.4 },
  renewable_electricity_pct: RELATIVE,
};
