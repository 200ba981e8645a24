import { useState, useTransition } from 'react';
import type { StudioArticleFieldsFragment } from '@/gql/graphql';
import {
  confirmTypedFiguresAction,
  createArticleAction,
  saveArticleAction,
  transitionArticleAction,
  type ArticleActionResult,
  type ConflictVersions,
  type Transition,
} from '../actions';
import { contentOf, draftOf, type Draft } from '../lib/draft';
import { transitionLabels } from '../lib/workflow';

export interface EditorNotice {
  tone: 'ok' | 'error';
  text: string;
}

/**
 * The editor's state: the article as last stored, the draft being typed and whether it differs,
 * the note for the next save, and what the last action said. Saves, workflow steps and the
 * two ways out of a conflict all go through here.
 */
export function useArticleDraft(initial: StudioArticleFieldsFragment | null, csrfToken: string) {
  const [article, setArticle] = useState(initial);
  const [draft, setDraft] = useState(() => draftOf(initial));
  const [saved, setSaved] = useState(() => draftOf(initial));
  const [message, setMessage] = useState('');
  const [notice, setNotice] = useState<EditorNotice | null>(null);
  const [conflict, setConflict] = useState<ConflictVersions | null>(null);
  const [busy, startAction] = useTransition();
  const dirty = JSON.stringify(draft) !== JSON.stringify(saved);

  const update = (changes: Partial<Draft>) => setDraft((current) => ({ ...current, ...changes }));

  const apply = (result: ArticleActionResult, success: string) => {
    if (result.ok) {
      setArticle(result.article);
      setSaved(draftOf(result.article));
      setDraft(draftOf(result.article));
      setConflict(null);
      setNotice({ tone: 'ok', text: success.replace('{version}', String(result.article.version)) });
      return;
    }
    setConflict(result.conflict);
    setNotice({ tone: 'error', text: result.message });
  };

  const save = (baseVersion = article?.version ?? 0) =>
    startAction(async () => {
      const content = contentOf(draft);
      if (!article) {
        apply(await createArticleAction(content, csrfToken), 'Created version {version}.');
        return;
      }
      const result = await saveArticleAction(
        { id: article.id, baseVersion, content, message: message || null },
        csrfToken,
      );
      if (result.ok) setMessage('');
      apply(result, 'Saved version {version}.');
    });

  const transition = (name: Transition) =>
    startAction(async () => {
      if (!article) return;
      const result = await transitionArticleAction(
        { id: article.id, transition: name, version: article.version },
        csrfToken,
      );
      apply(result, `${transitionLabels[name]}: done.`);
    });

  const confirmTypedFigures = (sentences: string[]) =>
    startAction(async () => {
      if (!article) return;
      const result = await confirmTypedFiguresAction(
        { id: article.id, version: article.version, sentences },
        csrfToken,
      );
      apply(result, 'Confirmed as no measurement.');
    });

  const takeTheirs = (current: ConflictVersions['current']) => {
    if (!article) return;
    const loaded = {
      ...article,
      version: current.version,
      slug: current.slug,
      title: current.title,
      summary: current.summary,
      body: current.body,
      tags: current.tags.map((name) => ({ name })),
      indicators: current.indicatorCodes.map((code) => ({ code })),
      regions: current.regionCodes.map((code) => ({ code })),
    };
    setArticle(loaded);
    setDraft(draftOf(loaded));
    setSaved(draftOf(loaded));
    setConflict(null);
    setNotice({ tone: 'ok', text: `Loaded version ${current.version}.` });
  };

  return {
    article,
    draft,
    dirty,
    message,
    setMessage,
    notice,
    conflict,
    busy,
    update,
    save,
    transition,
    confirmTypedFigures,
    takeTheirs,
  };
}
