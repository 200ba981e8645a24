'use server';

import { revalidatePath } from 'next/cache';
import { ApiError } from '@/lib/api/client';
import { studioRequest } from '@/modules/studio/auth/lib/studio-request';
import {
  CreateGlossaryTermMutation,
  CreateSourceMutation,
  UpdateGlossaryTermMutation,
  UpdateIndicatorMutation,
  UpdatePillarMutation,
  UpdateRegionMutation,
  UpdateSourceMutation,
} from './lib/documents';

export type MetadataKind =
  'indicators' | 'pillars' | 'regions' | 'sources' | 'new-source' | 'glossary' | 'new-glossary';

export interface MetadataFormState {
  error: string | null;
  saved: boolean;
}

function text(form: FormData, name: string): string {
  return String(form.get(name) ?? '');
}

/** An empty optional field clears it (null); the API refuses empty required ones by name. */
function optionalText(form: FormData, name: string): string | null {
  return text(form, name).trim() || null;
}

function optionalNumber(form: FormData, name: string): number | null {
  const raw = text(form, name).trim();
  return raw === '' ? null : Number(raw);
}

function direction(form: FormData): boolean | null {
  const raw = text(form, 'higherIsBetter');
  return raw === 'true' ? true : raw === 'false' ? false : null;
}

function sourceInput(form: FormData) {
  return {
    title: text(form, 'title'),
    publisher: text(form, 'publisher'),
    year: optionalNumber(form, 'year'),
    url: text(form, 'url'),
    excerpt: text(form, 'excerpt'),
  };
}

/** Related terms typed as slugs separated by commas or blanks. */
function glossaryInput(form: FormData) {
  return {
    term: text(form, 'term'),
    definition: text(form, 'definition'),
    seeAlso: text(form, 'seeAlso')
      .split(/[\s,]+/)
      .filter(Boolean),
    indicatorCode: optionalText(form, 'indicatorCode'),
  };
}

/** Saves the metadata form of one indicator, pillar, region, source or glossary term. */
export async function saveMetadataAction(
  _previous: MetadataFormState,
  form: FormData,
): Promise<MetadataFormState> {
  const kind = text(form, 'kind') as MetadataKind;
  const code = text(form, 'code');
  const csrfToken = text(form, 'csrfToken');
  try {
    switch (kind) {
      case 'indicators':
        await studioRequest(
          UpdateIndicatorMutation,
          {
            code,
            input: {
              name: text(form, 'name'),
              unit: text(form, 'unit'),
              description: text(form, 'description'),
              methodology: optionalText(form, 'methodology'),
              higherIsBetter: direction(form),
              pillarCode: text(form, 'pillarCode'),
            },
          },
          csrfToken,
        );
        break;
      case 'pillars':
        await studioRequest(
          UpdatePillarMutation,
          {
            code,
            input: {
              name: text(form, 'name'),
              description: text(form, 'description'),
              position: optionalNumber(form, 'position') ?? 0,
              indexWeight: optionalNumber(form, 'indexWeight'),
            },
          },
          csrfToken,
        );
        break;
      case 'regions':
        await studioRequest(
          UpdateRegionMutation,
          {
            code,
            input: { name: text(form, 'name'), description: optionalText(form, 'description') },
          },
          csrfToken,
        );
        break;
      case 'sources':
        await studioRequest(
          UpdateSourceMutation,
          { key: code, input: sourceInput(form) },
          csrfToken,
        );
        break;
      case 'new-source':
        await studioRequest(
          CreateSourceMutation,
          { key: text(form, 'key'), input: sourceInput(form) },
          csrfToken,
        );
        break;
      case 'glossary':
        // The version the form was loaded at: a save over a newer one is refused (CONFLICT).
        await studioRequest(
          UpdateGlossaryTermMutation,
          {
            slug: code,
            baseVersion: Number(text(form, 'baseVersion')),
            input: glossaryInput(form),
          },
          csrfToken,
        );
        break;
      case 'new-glossary':
        await studioRequest(
          CreateGlossaryTermMutation,
          { slug: text(form, 'slug'), input: glossaryInput(form) },
          csrfToken,
        );
        break;
    }
  } catch (error) {
    if (error instanceof ApiError) return { error: error.message, saved: false };
    throw error;
  }
  revalidatePath('/studio/data', 'layout');
  return { error: null, saved: true };
}
