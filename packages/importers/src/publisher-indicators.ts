/**
 * The atlas indicator each publisher's code feeds. Codes already in prisma/data/indicators.csv
 * are reused; the others are proposed names for indicators the atlas does not have yet
 * (marked `new`), in the same style.
 */
const worldBankIndicators: Record<string, string> = {
  'SP.POP.TOTL': 'population',
  'NY.GDP.MKTP.CD': 'gdp_current_usd',
  'IT.NET.USER.ZS': 'internet_users_pct',
  'IT.NET.BBND.P2': 'fixed_broadband_per100',
  'EG.USE.ELEC.KH.PC': 'electricity_consumption_kwh_pc',
  // new
  'NY.GDP.PCAP.CD': 'gdp_per_capita_usd',
  'IT.NET.SECR.P6': 'secure_internet_servers_per_million',
  'IT.CEL.SETS.P2': 'mobile_subscriptions_per100',
  'GB.XPD.RSDV.GD.ZS': 'rd_expenditure_pct_gdp',
  'SP.POP.SCIE.RD.P6': 'researchers_rd_per_million',
  'IP.PAT.RESD': 'patent_applications_residents',
  'TX.VAL.TECH.MF.ZS': 'hightech_exports_pct_manufactured',
  'TX.VAL.TECH.CD': 'hightech_exports_usd',
  'BX.GSR.ROYL.CD': 'ip_receipts_usd',
  'EG.ELC.RNEW.ZS': 'renewable_electricity_pct',
};

/** The atlas indicator of a World Bank WDI code (any case), or null. */
export function indicatorOfWorldBankCode(code: string): string | null {
  return worldBankIndicators[code.trim().toUpperCase()] ?? null;
}

/** One Eurostat series: a dataset and the value of each of its dimensions except geo and time. */
export interface EurostatSeries {
  indicatorCode: string;
  dimensions: Readonly<Record<string, string>>;
}

/** All enterprises of 10 or more persons employed, all activities except the financial sector. */
const enterprises = { freq: 'A', size_emp: 'GE10', nace_r2: 'C10-S951_X_K', unit: 'PC_ENT' };

/** The series of each Eurostat dataset that feed atlas indicators (the second edition of the seed data defines them). */
const eurostatSeries: Record<string, readonly EurostatSeries[]> = {
  isoc_cicce_use: [
    { indicatorCode: 'ent_cloud_use_pct', dimensions: { ...enterprises, indic_is: 'E_CC' } },
    { indicatorCode: 'ent_cloud_cpu_pct', dimensions: { ...enterprises, indic_is: 'E_CC_PCPU' } },
  ],
  isoc_eb_ai: [
    { indicatorCode: 'ent_ai_use_pct', dimensions: { ...enterprises, indic_is: 'E_AI_TANY' } },
  ],
};

export function seriesOfEurostatDataset(dataset: string): readonly EurostatSeries[] {
  return eurostatSeries[dataset.toLowerCase()] ?? [];
}
