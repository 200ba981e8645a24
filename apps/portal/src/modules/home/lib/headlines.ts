/**
 * The world figures the home page leads with, in display order, with shorter labels.
 * `yearOnYear` marks series measured the same way every period, whose change over a year can
 * be read; others (editions of one report that revise their method) are shown without growth.
 */
export const headlineIndicators = [
  { code: 'compute_total_eflops', label: 'Total computing power', yearOnYear: false },
  { code: 'top500_rmax_total_pflops', label: 'TOP500 combined performance', yearOnYear: true },
  { code: 'top500_top1_rmax_pflops', label: 'Fastest supercomputer', yearOnYear: true },
  { code: 'dc_electricity_twh', label: 'Data-centre electricity use', yearOnYear: false },
  { code: 'internet_users_pct', label: 'People using the Internet', yearOnYear: true },
] as const;

/** The indicator that ranks the leaders on the home page. */
export const leadersIndicator = 'top500_rmax_pflops';

/** Indicators a reader can map on the home page (measured for many countries); the first is the default. */
export const mappableIndicators = [
  'top500_rmax_pflops',
  'top500_systems',
  'internet_users_pct',
  'fixed_broadband_per100',
  'electricity_consumption_kwh_pc',
] as const;
