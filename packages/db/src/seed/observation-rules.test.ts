import { describe, expect, it } from 'vitest';
import { statusFromNote } from './observation-rules.ts';

describe('statusFromNote', () => {
  it.each([
    'IEA base-case projection.',
    'Projection, not an estimate: UN WPP 2024 medium variant',
    'IDC forecast (346.6亿美元).',
    'Guidance as of Feb 2025 (forecast).',
    'Guidance as of late-2025 earnings season (plan, not actual).',
    'LBNL scenario range low end (325-580 TWh).',
  ])('marks %j as a projection', (note) => {
    expect(statusFromNote(note)).toBe('PROJECTION');
  });

  it.each([
    null,
    'Aggregated by compiler from the 500 rows of TOP500_201906.xls.',
    'Electricity explained',
  ])('marks %j as final', (note) => {
    expect(statusFromNote(note)).toBe('FINAL');
  });
});
