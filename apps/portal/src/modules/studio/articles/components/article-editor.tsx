'use client';

import Link from 'next/link';
import { useEffect, useRef, useState, useTransition, type ReactNode } from 'react';
import type { ArticleStatus, StudioArticleFieldsFragment } from '@/gql/graphql';
import {
  createArticleAction,
  renderPreviewAction,
  saveArticleAction,
  transitionArticleAction,
  type ArticleActionResult,
  type ConflictVersions,
  type Transition,
} from '@/modules/studio/articles/actions';
import { selectedValues } from '../lib/selected-values';
import type { StudioRole } from '@/modules/studio/auth/lib/session';
import { ConflictView } from './conflict-view';
import {
  LiveBlockHelper,
  type CatalogueIndicator,
  type CatalogueRegion,
} from './live-block-helper';
import { RegionOptions } from './region-options';
import { StatusBadge } from './status-badge';
import {
  dangerButtonClass,
  fieldClass,
  primaryButtonClass,
  secondaryButtonClass,
} from '@/modules/studio/ui/styles';

interface Draft {
  slug: string;
  title: string;
  summary: string;
  body: string;
  tags: string;
  indicatorCodes: string[];
  regionCodes: string[];
}

function draftOf(article: StudioArticleFieldsFragment | null): Draft {
  return {
    slug: article?.slug ?? '',
    title: article?.title ?? '',
    summary: article?.summary ?? '',
    body: article?.body ?? '',
    tags: article?.tags.map((tag) => tag.name).join(', ') ?? '',
    indicatorCodes: article?.indicators.map((indicator) => indicator.code) ?? [],
    regionCodes: article?.regions.map((region) => region.code) ?? [],
  };
}

function contentOf(draft: Draft) {
  return {
    slug: draft.slug,
    title: draft.title,
    summary: draft.summary,
    body: draft.body,
    tags: draft.tags
      .split(',')
      .map((tag) => tag.trim())
      .filter(Boolean),
    indicatorCodes: draft.indicatorCodes,
    regionCodes: draft.regionCodes,
  };
}

const transitionLabels: Record<Transition, string> = {
  submit: 'Submit for review',
  publish: 'Publish',
  unpublish: 'Unpublish',
  archive: 'Archive',
  unarchive: 'Unarchive',
};

function allowedTransitions(status: ArticleStatus, role: StudioRole): Transition[] {
  const admin = role === 'ADMIN';
  switch (status) {
    case 'DRAFT':
      return admin ? ['submit', 'publish', 'archive'] : ['submit'];
    case 'IN_REVIEW':
      return admin ? ['publish', 'archive'] : [];
    case 'PUBLISHED':
      return admin ? ['unpublish', 'archive'] : [];
    case 'ARCHIVED':
      return admin ? ['unarchive'] : [];
  }
}

/**
 * The article editor: Markdown on the left, the public rendering of it on the right, the
 * article's links below, and the workflow buttons that apply to the signed-in role.
 */
export function ArticleEditor({
  article: initial,
  indicators,
  regions,
  role,
  csrfToken,
}: {
  article: StudioArticleFieldsFragment | null;
  indicators: CatalogueIndicator[];
  regions: CatalogueRegion[];
  role: StudioRole;
  csrfToken: string;
}) {
  const [article, setArticle] = useState(initial);
  const [draft, setDraft] = useState(() => draftOf(initial));
  const [saved, setSaved] = useState(() => draftOf(initial));
  const [message, setMessage] = useState('');
  const [notice, setNotice] = useState<{ tone: 'ok' | 'error'; text: string } | null>(null);
  const [conflict, setConflict] = useState<ConflictVersions | null>(null);
  const [preview, setPreview] = useState<ReactNode>(null);
  const [previewing, startPreview] = useTransition();
  const [busy, startAction] = useTransition();
  const bodyRef = useRef<HTMLTextAreaElement>(null);
  const dirty = JSON.stringify(draft) !== JSON.stringify(saved);
  const editable =
    article?.status !== 'ARCHIVED' && (article?.status !== 'PUBLISHED' || role === 'ADMIN');

  useEffect(() => {
    const timer = setTimeout(
      () => startPreview(async () => setPreview(await renderPreviewAction(draft.body))),
      400,
    );
    return () => clearTimeout(timer);
  }, [draft.body]);

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

  const insertAtCursor = (text: string) => {
    const area = bodyRef.current;
    const at = area?.selectionStart ?? draft.body.length;
    update({ body: draft.body.slice(0, at) + text + draft.body.slice(at) });
    requestAnimationFrame(() => {
      area?.focus();
      area?.setSelectionRange(at + text.length, at + text.length);
    });
  };

  return (
    <div className="space-y-5">
      <div className="flex flex-wrap items-center gap-3">
        <h1 className="text-2xl font-bold tracking-tight">
          {article ? 'Edit article' : 'New article'}
        </h1>
        {article ? <StatusBadge status={article.status} /> : null}
        {article ? <span className="text-sm text-muted">version {article.version}</span> : null}
        {dirty ? <span className="text-sm text-warn">unsaved changes</span> : null}
        <div className="ml-auto flex flex-wrap gap-2">
          {article ? (
            <Link href={`/studio/articles/${article.id}/history`} className={secondaryButtonClass}>
              History
            </Link>
          ) : null}
          {article?.status === 'PUBLISHED' ? (
            <Link href={`/articles/${article.slug}`} className={secondaryButtonClass}>
              View public page
            </Link>
          ) : null}
          {article
            ? allowedTransitions(article.status, role).map((name) => (
                <button
                  key={name}
                  type="button"
                  disabled={busy || dirty}
                  title={dirty ? 'Save your changes first' : undefined}
                  onClick={() => transition(name)}
                  className={
                    name === 'archive' || name === 'unpublish'
                      ? dangerButtonClass
                      : secondaryButtonClass
                  }
                >
                  {transitionLabels[name]}
                </button>
              ))
            : null}
          <button
            type="button"
            disabled={busy || !editable || (article !== null && !dirty)}
            onClick={() => save()}
            className={primaryButtonClass}
          >
            {busy ? 'Working…' : article ? 'Save' : 'Create draft'}
          </button>
        </div>
      </div>

      {notice ? (
        <p
          role={notice.tone === 'error' ? 'alert' : 'status'}
          className={`rounded border px-3 py-2 text-sm ${notice.tone === 'error' ? 'border-warn text-warn' : 'border-line'}`}
        >
          {notice.text}
        </p>
      ) : null}
      {!editable && article ? (
        <p className="text-sm text-muted">
          {article.status === 'ARCHIVED'
            ? 'Archived articles cannot be changed; an admin can unarchive one back to draft.'
            : 'Only an admin can change a published article.'}
        </p>
      ) : null}
      {conflict ? (
        <ConflictView
          conflict={conflict}
          onKeepMine={() => save(conflict.current.version)}
          onTakeTheirs={() => takeTheirs(conflict.current)}
          busy={busy}
        />
      ) : null}

      <label className="block text-sm font-medium">
        Title
        <input
          value={draft.title}
          onChange={(event) => update({ title: event.target.value })}
          className={`${fieldClass} text-lg font-semibold`}
        />
      </label>

      <div className="grid gap-5 lg:grid-cols-2">
        <div className="space-y-3">
          <label className="block text-sm font-medium">
            Markdown
            <textarea
              ref={bodyRef}
              value={draft.body}
              onChange={(event) => update({ body: event.target.value })}
              spellCheck
              rows={24}
              className={`${fieldClass} font-mono leading-relaxed`}
            />
          </label>
          <LiveBlockHelper indicators={indicators} regions={regions} onInsert={insertAtCursor} />
        </div>
        <section aria-label="Preview" className="min-w-0 rounded-lg border border-line p-4">
          <h2 className="mb-3 flex items-center gap-2 text-sm font-semibold text-muted">
            Preview {previewing ? <span className="font-normal">(updating…)</span> : null}
          </h2>
          <div className="prose-atlas" data-testid="article-preview">
            {preview}
          </div>
        </section>
      </div>

      <fieldset className="grid gap-4 rounded-lg border border-line p-4 md:grid-cols-2">
        <legend className="px-1 text-sm font-semibold">Metadata</legend>
        <label className="block text-sm font-medium">
          Slug
          <input
            value={draft.slug}
            onChange={(event) => update({ slug: event.target.value })}
            placeholder="lowercase-words-with-hyphens"
            className={fieldClass}
          />
        </label>
        <label className="block text-sm font-medium">
          Tags (comma-separated)
          <input
            value={draft.tags}
            onChange={(event) => update({ tags: event.target.value })}
            className={fieldClass}
          />
        </label>
        <label className="block text-sm font-medium md:col-span-2">
          Summary
          <textarea
            value={draft.summary}
            onChange={(event) => update({ summary: event.target.value })}
            rows={2}
            className={fieldClass}
          />
        </label>
        <label className="block text-sm font-medium">
          Related indicators
          <select
            multiple
            size={6}
            value={draft.indicatorCodes}
            onChange={(event) =>
              update({
                indicatorCodes: selectedValues(event.target),
              })
            }
            className={fieldClass}
          >
            {indicators.map((indicator) => (
              <option key={indicator.code} value={indicator.code}>
                {indicator.name}
              </option>
            ))}
          </select>
        </label>
        <label className="block text-sm font-medium">
          Related regions
          <select
            multiple
            size={6}
            value={draft.regionCodes}
            onChange={(event) =>
              update({
                regionCodes: selectedValues(event.target),
              })
            }
            className={fieldClass}
          >
            <RegionOptions regions={regions} />
          </select>
        </label>
        {article ? (
          <label className="block text-sm font-medium md:col-span-2">
            Note on this save (kept in the history)
            <input
              value={message}
              onChange={(event) => setMessage(event.target.value)}
              className={fieldClass}
            />
          </label>
        ) : null}
      </fieldset>
    </div>
  );
}
