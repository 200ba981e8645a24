/** The world figures the home page leads with, in display order, with shorter labels. */
export const headlineIndicators = [
  { code: 'compute_total_eflops', label: 'Total computing power' },
  { code: 'top500_rmax_total_pflops', label: 'TOP500 combined performance' },
  { code: 'top500_top1_rmax_pflops', label: 'Fastest supercomputer' },
  { code: 'dc_electricity_twh', label: 'Data-centre electricity use' },
  { code: 'internet_users_pct', label: 'People using the Internet' },
] as const;

/** The indicator that ranks the leaders on the home page. */
export const leadersIndicator = 'top500_rmax_pflops';
