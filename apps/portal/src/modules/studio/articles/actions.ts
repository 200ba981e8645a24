'use server';

import { redirect } from 'next/navigation';
import type {
  ArticleAction,
  ArticleContentFieldsFragment,
  ArticleContentInput,
  StudioArticleFieldsFragment,
} from '@/gql/graphql';
import { ApiError } from '@/lib/api/client';
import { studioRequest } from '@/modules/studio/auth/lib/studio-request';
import {
  ArchiveArticleMutation,
  ConfirmTypedFiguresMutation,
  CreateArticleMutation,
  PublishArticleMutation,
  RestoreRevisionMutation,
  SaveArticleMutation,
  SubmitArticleMutation,
  UnarchiveArticleMutation,
  UnpublishArticleMutation,
} from './lib/documents';

/** One side of a refused save: the text and the metadata, tags by name, links by code. */
export type ConflictContent = ArticleContentFieldsFragment;

/** Both sides of a refused save: what is stored now and what this editor sent. */
export interface ConflictVersions {
  current: ConflictContent & { version: number; savedBy: string | null; savedAt: string };
  submitted: ConflictContent & { baseVersion: number };
}

export type ArticleActionResult =
  | { ok: true; article: StudioArticleFieldsFragment }
  | { ok: false; code: string; message: string; conflict: ConflictVersions | null };

/** The API's refusal of an action, as the editor shows it. */
function refusal(error: unknown): ArticleActionResult {
  if (!(error instanceof ApiError)) throw error;
  return { ok: false, code: error.code, message: error.message, conflict: null };
}

async function attempt(
  run: () => Promise<StudioArticleFieldsFragment>,
): Promise<ArticleActionResult> {
  return run().then((article) => ({ ok: true, article }), refusal);
}

/** Creates a draft and opens it in the editor, or says what is wrong with the content. */
export async function createArticleAction(
  content: ArticleContentInput,
  csrfToken: string,
): Promise<ArticleActionResult> {
  const result = await attempt(
    async () =>
      (await studioRequest(CreateArticleMutation, { input: content }, csrfToken)).createArticle,
  );
  if (result.ok) redirect(`/studio/articles/${result.article.id}`);
  return result;
}

export async function saveArticleAction(
  input: { id: number; baseVersion: number; content: ArticleContentInput; message: string | null },
  csrfToken: string,
): Promise<ArticleActionResult> {
  const saved = await studioRequest(SaveArticleMutation, { input }, csrfToken).then(
    (data) => data.saveArticle,
    refusal,
  );
  if ('ok' in saved) return saved;
  if (saved.__typename === 'StudioArticle') return { ok: true, article: saved };
  // Someone saved first: the API returns both versions, nothing was written.
  const { message, current, submitted } = saved;
  return {
    ok: false,
    code: 'CONFLICT',
    message,
    conflict: {
      current: { ...current, savedBy: current.author?.name ?? null, savedAt: current.createdAt },
      submitted,
    },
  };
}

/** The actions that move an article from one status to another. */
export type Transition = Exclude<ArticleAction, 'SAVE'>;

export async function transitionArticleAction(
  { id, transition, version }: { id: number; transition: Transition; version: number },
  csrfToken: string,
): Promise<ArticleActionResult> {
  return attempt(async () => {
    switch (transition) {
      case 'SUBMIT':
        return (await studioRequest(SubmitArticleMutation, { id }, csrfToken)).submitArticle;
      case 'PUBLISH':
        return (await studioRequest(PublishArticleMutation, { id, version }, csrfToken))
          .publishArticle;
      case 'UNPUBLISH':
        return (await studioRequest(UnpublishArticleMutation, { id }, csrfToken)).unpublishArticle;
      case 'ARCHIVE':
        return (await studioRequest(ArchiveArticleMutation, { id }, csrfToken)).archiveArticle;
      case 'UNARCHIVE':
        return (await studioRequest(UnarchiveArticleMutation, { id }, csrfToken)).unarchiveArticle;
    }
  });
}

/** An admin's confirmation that sentences with typed figures state no measurement. */
export async function confirmTypedFiguresAction(
  input: { id: number; version: number; sentences: string[] },
  csrfToken: string,
): Promise<ArticleActionResult> {
  return attempt(
    async () =>
      (await studioRequest(ConfirmTypedFiguresMutation, input, csrfToken)).confirmTypedFigures,
  );
}

/**
 * Restores a revision from the history page, then shows the article in the editor; a refusal
 * (e.g. its slug now taken by another article) is returned for the history page to show.
 */
export async function restoreRevisionAction(
  _previous: string | null,
  form: FormData,
): Promise<string | null> {
  const id = Number(form.get('id'));
  const variables = {
    id,
    version: Number(form.get('version')),
    baseVersion: Number(form.get('baseVersion')),
  };
  try {
    const { restoreArticleRevision: restored } = await studioRequest(
      RestoreRevisionMutation,
      variables,
      String(form.get('csrfToken') ?? ''),
    );
    if (restored.__typename === 'ArticleConflict') return restored.message;
  } catch (error) {
    if (!(error instanceof ApiError)) throw error;
    return error.message;
  }
  redirect(`/studio/articles/${id}`);
}
