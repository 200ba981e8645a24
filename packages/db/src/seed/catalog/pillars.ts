export interface PillarDefinition {
  code: string;
  name: string;
  description: string;
  /** Default weight in the Computing Power Index; null keeps the pillar out of it. */
  indexWeight: number | null;
}

/**
 * Default pillar weights of the Computing Power Index, summing to one. Capacity is what the
 * index measures first, so it weighs most; the environment (data centres, energy, networks) and
 * the applications where demand shows itself come next; technology and industry rest on broad
 * but indirect series (R&D, patents, high-technology exports, licence receipts), so they weigh
 * less. A pillar with no weighted indicator contributes nothing, so the index is computed over the
 * pillars that have data. The economy holds context measures (population, GDP) and stays out.
 */
export const PILLARS: readonly PillarDefinition[] = [
  {
    code: 'capacity',
    name: 'Capacity',
    description:
      'How much computing a region has in service: general-purpose, AI and supercomputing power, the data centres that house it and the storage beside it.',
    indexWeight: 0.3,
  },
  {
    code: 'technology',
    name: 'Technology',
    description:
      'Where new computing power comes from: chips, systems, software and architectures, seen here through the frontier of benchmarked supercomputers.',
    indexWeight: 0.15,
  },
  {
    code: 'industry',
    name: 'Industry',
    description:
      'The firms that make and operate computing equipment and services; the size of this industry is the foundation of a region’s competitiveness.',
    indexWeight: 0.15,
  },
  {
    code: 'environment',
    name: 'Environment',
    description:
      'The conditions computing power grows on: data centres and the electricity they draw, how efficiently they use it, the networks that connect them, and public policy.',
    indexWeight: 0.2,
  },
  {
    code: 'applications',
    name: 'Applications',
    description:
      'Where demand for computing power shows itself and what drives it: AI, science, industry, government and people going online.',
    indexWeight: 0.2,
  },
  {
    code: 'economy',
    name: 'Economy',
    description:
      'Money and people around computing power: investment, market sizes, measured links between computing and growth, and denominators such as population and GDP.',
    indexWeight: null,
  },
];
