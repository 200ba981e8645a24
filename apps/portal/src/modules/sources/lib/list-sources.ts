import 'server-only';
import { cacheTags } from '@atlas/domain';
import { graphql } from '@/gql';
import type { SourceFieldsFragment } from '@/gql/graphql';
import { requestApi } from '@/lib/api/client';

const SourcesQuery = graphql(`
  query Sources {
    indicators {
      code
      name
      sources {
        ...SourceFields
      }
    }
  }
`);

export interface SourceWithIndicators extends SourceFieldsFragment {
  indicators: { code: string; name: string }[];
}

/** Every source behind at least one indicator, with the indicators it backs, by publisher and title. */
export async function listSources(): Promise<SourceWithIndicators[]> {
  const { indicators } = await requestApi(SourcesQuery, {}, { tags: [cacheTags.catalogue] });
  const byKey = new Map<string, SourceWithIndicators>();
  for (const indicator of indicators) {
    for (const source of indicator.sources) {
      const entry = byKey.get(source.key) ?? { ...source, indicators: [] };
      entry.indicators.push({ code: indicator.code, name: indicator.name });
      byKey.set(source.key, entry);
    }
  }
  return [...byKey.values()].sort(
    (a, b) => a.publisher.localeCompare(b.publisher) || a.title.localeCompare(b.title),
  );
}
