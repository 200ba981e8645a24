/** An indicator the TOP500 importer derives, described as prisma/data/indicators.csv describes one. */
export interface Top500Indicator {
  code: string;
  name: string;
  unit: string;
  pillar: 'capacity' | 'technology' | 'environment' | 'applications';
  description: string;
  higherIsBetter: boolean | null;
  /** False for the codes prisma/data/indicators.csv already has. */
  isNew: boolean;
}

const segmentNames = [
  'Academic',
  'Research',
  'Government',
  'Industry',
  'Vendor',
  'Classified',
  'Others',
] as const;
export type Segment = (typeof segmentNames)[number];

/** `top500_systems_industry` and so on; `Others` becomes `other`. */
export function segmentIndicatorCode(segment: Segment): string {
  return `top500_systems_${segment === 'Others' ? 'other' : segment.toLowerCase()}`;
}

export function isSegment(value: string): value is Segment {
  return (segmentNames as readonly string[]).includes(value);
}

export const top500Indicators: readonly Top500Indicator[] = [
  {
    code: 'top500_systems',
    name: 'TOP500 systems',
    unit: 'systems',
    pillar: 'capacity',
    description: 'Number of systems a country/territory has on a TOP500 list.',
    higherIsBetter: true,
    isNew: false,
  },
  {
    code: 'top500_rmax_pflops',
    name: 'TOP500 aggregate Rmax',
    unit: 'PFLOP/s',
    pillar: 'capacity',
    description: "Sum of measured HPL Rmax of a country's systems on a TOP500 list (FP64).",
    higherIsBetter: true,
    isNew: false,
  },
  {
    code: 'top500_rpeak_pflops',
    name: 'TOP500 aggregate Rpeak',
    unit: 'PFLOP/s',
    pillar: 'capacity',
    description:
      "Sum of the theoretical peak performance (Rpeak, FP64) of a country's systems on a TOP500 list; for the world, of all 500.",
    higherIsBetter: true,
    isNew: true,
  },
  {
    code: 'top500_accelerated_systems',
    name: 'TOP500 systems with accelerators',
    unit: 'systems',
    pillar: 'technology',
    description:
      'Systems on a TOP500 list that name an accelerator or co-processor (GPU, many-core); lists from June 2011 on.',
    higherIsBetter: true,
    isNew: true,
  },
  {
    code: 'top500_accelerated_rmax_share_pct',
    name: 'Share of TOP500 Rmax from accelerated systems',
    unit: '% of Rmax',
    pillar: 'technology',
    description:
      "Share of a country's TOP500 Rmax delivered by systems with an accelerator or co-processor; lists from June 2011 on.",
    higherIsBetter: true,
    isNew: true,
  },
  {
    code: 'top500_energy_efficiency_gflops_w',
    name: 'TOP500 energy efficiency',
    unit: 'GFLOP/s per W',
    pillar: 'technology',
    description:
      'Rmax divided by power over the systems that report their power (their number is top500_power_reporting_systems); lists from June 2008 on.',
    higherIsBetter: true,
    isNew: true,
  },
  {
    code: 'top500_power_reporting_systems',
    name: 'TOP500 systems reporting power',
    unit: 'systems',
    pillar: 'technology',
    description:
      'Systems on a TOP500 list with a power figure, over which energy efficiency and power are computed; lists from June 2008 on.',
    higherIsBetter: null,
    isNew: true,
  },
  {
    code: 'top500_power_mw',
    name: 'TOP500 reported power',
    unit: 'MW',
    pillar: 'environment',
    description:
      'Sum of the power drawn during the HPL run by the systems that report it (a lower bound of the total); lists from June 2008 on.',
    higherIsBetter: null,
    isNew: true,
  },
  ...segmentNames.map((segment): Top500Indicator => ({
    code: segmentIndicatorCode(segment),
    name: `TOP500 systems in the ${segment === 'Others' ? 'other' : segment.toLowerCase()} segment`,
    unit: 'systems',
    pillar: 'applications',
    description: `Systems on a TOP500 list whose segment is "${segment}" (who runs them).`,
    higherIsBetter: null,
    isNew: true,
  })),
  {
    code: 'top500_rmax_total_pflops',
    name: 'TOP500 total Rmax (all 500 systems)',
    unit: 'PFLOP/s',
    pillar: 'capacity',
    description: 'Sum of Rmax over all 500 systems of a list.',
    higherIsBetter: true,
    isNew: false,
  },
  {
    code: 'top500_countries',
    name: 'Countries on TOP500 list',
    unit: 'countries/territories',
    pillar: 'capacity',
    description: 'Number of distinct countries/territories hosting at least one TOP500 system.',
    higherIsBetter: true,
    isNew: false,
  },
  {
    code: 'top500_top1_rmax_pflops',
    name: 'Rmax of the No.1 TOP500 system',
    unit: 'PFLOP/s',
    pillar: 'technology',
    description: 'HPL Rmax of the fastest system on a TOP500 list.',
    higherIsBetter: true,
    isNew: false,
  },
  {
    code: 'top500_entry_rmax_pflops',
    name: 'Rmax of the No.500 TOP500 system',
    unit: 'PFLOP/s',
    pillar: 'technology',
    description: 'HPL Rmax needed to enter the list (No.500).',
    higherIsBetter: true,
    isNew: false,
  },
];
