import { describe, expect, it } from 'vitest';
import { parseArticle } from '@/modules/article/lib/parse-article';
import { buildLiveBlock } from './live-block';

describe('buildLiveBlock', () => {
  it('writes a chart, a ranking and an inline figure as the public renderer reads them', () => {
    const chart = buildLiveBlock({
      kind: 'chart',
      indicator: 'top500_rmax_pflops',
      regions: ['USA', 'CHN'],
      from: '2019',
      to: '',
    });
    expect(chart).toBe('\n::chart{indicator="top500_rmax_pflops" regions="USA,CHN" from="2019"}\n');
    const ranking = buildLiveBlock({
      kind: 'ranking',
      indicator: 'top500_systems',
      regions: [],
      period: '2024-11',
      limit: 10,
    });
    expect(ranking).toBe('\n::ranking{indicator="top500_systems" period="2024-11" limit="10"}\n');
    const live = buildLiveBlock({
      kind: 'live',
      indicator: 'compute_total_eflops',
      regions: ['WLD'],
    });
    expect(live).toBe(':live{indicator="compute_total_eflops" region="WLD"}');

    const parsed = parseArticle(`Total: ${live}\n${chart}${ranking}`);
    expect(parsed.blocks.map((block) => block.kind)).toEqual(['live', 'chart', 'ranking']);
  });
});
