'use client';

import Link from 'next/link';
import { useRef } from 'react';
import type { StudioArticleFieldsFragment } from '@/gql/graphql';
import { fieldClass, primaryButtonClass, secondaryButtonClass } from '@/modules/studio/ui/styles';
import { ArticleMetadataFields } from './article-metadata-fields';
import { ArticlePreview } from './article-preview';
import { ConflictView } from './conflict-view';
import { LiveBlockHelper, type CatalogueIndicator } from './live-block-helper';
import type { CatalogueRegion } from './region-options';
import { StatusBadge } from './status-badge';
import { TypedFiguresPanel } from './typed-figures-panel';
import { useArticleDraft } from './use-article-draft';
import { WorkflowButtons } from './workflow-buttons';

/**
 * The article editor: Markdown on the left, the public rendering of it on the right, the
 * article's links below, and the workflow buttons the API allows the signed-in person.
 */
export function ArticleEditor({
  article: initial,
  indicators,
  regions,
  csrfToken,
}: {
  article: StudioArticleFieldsFragment | null;
  indicators: CatalogueIndicator[];
  regions: CatalogueRegion[];
  csrfToken: string;
}) {
  const editor = useArticleDraft(initial, csrfToken);
  const { article, draft, dirty, busy, notice, conflict } = editor;
  const bodyRef = useRef<HTMLTextAreaElement>(null);
  // A new article can always be written; a saved one as far as the API allows.
  const editable = article === null || article.allowedActions.includes('SAVE');

  const insertAtCursor = (text: string) => {
    const area = bodyRef.current;
    const at = area?.selectionStart ?? draft.body.length;
    editor.update({ body: draft.body.slice(0, at) + text + draft.body.slice(at) });
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
          {article ? (
            <WorkflowButtons
              allowedActions={article.allowedActions}
              busy={busy}
              dirty={dirty}
              onTransition={editor.transition}
            />
          ) : null}
          <button
            type="button"
            disabled={busy || !editable || (article !== null && !dirty)}
            onClick={() => editor.save()}
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
      {article && article.typedFigures.length > 0 ? (
        <TypedFiguresPanel
          // A new version gets fresh checkboxes.
          key={article.version}
          typedFigures={article.typedFigures}
          // Confirming is for whoever may publish: the API allows it to admins only.
          canConfirm={article.allowedActions.includes('PUBLISH')}
          busy={busy}
          onConfirm={editor.confirmTypedFigures}
        />
      ) : null}
      {conflict ? (
        <ConflictView
          conflict={conflict}
          onKeepMine={() => editor.save(conflict.current.version)}
          onTakeTheirs={() => editor.takeTheirs(conflict.current)}
          busy={busy}
        />
      ) : null}

      <label className="block text-sm font-medium">
        Title
        <input
          value={draft.title}
          onChange={(event) => editor.update({ title: event.target.value })}
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
              onChange={(event) => editor.update({ body: event.target.value })}
              spellCheck
              rows={24}
              className={`${fieldClass} font-mono leading-relaxed`}
            />
          </label>
          <LiveBlockHelper indicators={indicators} regions={regions} onInsert={insertAtCursor} />
        </div>
        <ArticlePreview body={draft.body} />
      </div>

      <ArticleMetadataFields
        draft={draft}
        update={editor.update}
        indicators={indicators}
        regions={regions}
        message={editor.message}
        onMessage={article ? editor.setMessage : undefined}
      />
    </div>
  );
}
