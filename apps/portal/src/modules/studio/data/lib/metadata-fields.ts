import type { DataCatalogueQuery as DataCatalogue } from '@/gql/graphql';
import type { MetadataField } from '../components/metadata-form';

/** The fields of a source, empty for a new one. */
export const sourceFields = (source?: DataCatalogue['studioSources'][number]): MetadataField[] => [
  { name: 'title', label: 'Title', value: source?.title ?? '', required: true },
  { name: 'publisher', label: 'Publisher', value: source?.publisher ?? '', required: true },
  { name: 'year', label: 'Year', value: source?.year?.toString() ?? '', kind: 'number' },
  { name: 'url', label: 'URL', value: source?.url ?? '', required: true },
  {
    name: 'excerpt',
    label: 'Excerpt that states the figures',
    value: source?.excerpt ?? '',
    kind: 'textarea',
    required: true,
  },
];

/** The fields of a glossary term, empty for a new one; indicators to link it to come from `data`. */
export const glossaryFields = (
  data: DataCatalogue,
  term?: DataCatalogue['glossaryTerms'][number],
): MetadataField[] => [
  { name: 'term', label: 'Term', value: term?.term ?? '', required: true },
  {
    name: 'definition',
    label: 'Definition (plain words, no typed figures)',
    value: term?.definition ?? '',
    kind: 'textarea',
    required: true,
  },
  {
    name: 'seeAlso',
    label: 'See also (slugs of related terms, separated by commas)',
    value: term?.seeAlso.map((related) => related.slug).join(', ') ?? '',
  },
  {
    name: 'indicatorCode',
    label: 'Indicator that measures it',
    value: term?.indicator?.code ?? '',
    kind: 'select',
    options: [
      { value: '', label: 'None' },
      ...data.indicators.map((indicator) => ({ value: indicator.code, label: indicator.name })),
    ],
  },
];

/** The fields of one record, or null when there is no such record. */
export function formFor(
  kind: string,
  code: string,
  data: DataCatalogue,
): { title: string; fields: MetadataField[] } | null {
  switch (kind) {
    case 'indicators': {
      const indicator = data.indicators.find((item) => item.code === code);
      if (!indicator) return null;
      return {
        title: indicator.name,
        fields: [
          { name: 'name', label: 'Name', value: indicator.name, required: true },
          { name: 'unit', label: 'Unit', value: indicator.unit, required: true },
          {
            name: 'description',
            label: 'Description',
            value: indicator.description,
            kind: 'textarea',
            required: true,
          },
          {
            name: 'methodology',
            label: 'Methodology',
            value: indicator.methodology ?? '',
            kind: 'textarea',
          },
          {
            name: 'higherIsBetter',
            label: 'Direction',
            value: String(indicator.higherIsBetter),
            kind: 'select',
            options: [
              { value: 'true', label: 'More is better' },
              { value: 'false', label: 'Less is better' },
              { value: 'null', label: 'No direction (context measure)' },
            ],
          },
          {
            name: 'pillarCode',
            label: 'Pillar',
            value: indicator.pillar.code,
            kind: 'select',
            options: data.pillars.map((pillar) => ({ value: pillar.code, label: pillar.name })),
          },
        ],
      };
    }
    case 'pillars': {
      const pillar = data.pillars.find((item) => item.code === code);
      if (!pillar) return null;
      return {
        title: pillar.name,
        fields: [
          { name: 'name', label: 'Name', value: pillar.name, required: true },
          {
            name: 'description',
            label: 'Description',
            value: pillar.description,
            kind: 'textarea',
            required: true,
          },
          {
            name: 'position',
            label: 'Position',
            value: String(pillar.position),
            kind: 'number',
            required: true,
          },
          {
            name: 'indexWeight',
            label: 'Index weight (empty: not in the index)',
            value: pillar.indexWeight?.toString() ?? '',
            kind: 'number',
          },
        ],
      };
    }
    case 'regions': {
      const region = data.regions.find((item) => item.code === code);
      if (!region) return null;
      return {
        title: region.name,
        fields: [
          { name: 'name', label: 'Name', value: region.name, required: true },
          {
            name: 'description',
            label: 'Description',
            value: region.description ?? '',
            kind: 'textarea',
          },
        ],
      };
    }
    case 'sources': {
      const source = data.studioSources.find((item) => item.key === code);
      return source ? { title: source.title, fields: sourceFields(source) } : null;
    }
    case 'glossary': {
      const term = data.glossaryTerms.find((item) => item.slug === code);
      if (!term) return null;
      return {
        title: term.term,
        fields: [
          { name: 'baseVersion', label: 'Version', value: String(term.version), kind: 'hidden' },
          ...glossaryFields(data, term),
        ],
      };
    }
    default:
      return null;
  }
}
