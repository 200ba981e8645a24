'use client';

import { useEffect, useState, useTransition, type ReactNode } from 'react';
import { renderPreviewAction } from '../preview-action';

/** The body as the public page renders it, refreshed a moment after the author stops typing. */
export function ArticlePreview({ body }: { body: string }) {
  const [preview, setPreview] = useState<ReactNode>(null);
  const [previewing, startPreview] = useTransition();

  useEffect(() => {
    const timer = setTimeout(
      () => startPreview(async () => setPreview(await renderPreviewAction(body))),
      400,
    );
    return () => clearTimeout(timer);
  }, [body]);

  return (
    <section aria-label="Preview" className="min-w-0 rounded-lg border border-line p-4">
      <h2 className="mb-3 flex items-center gap-2 text-sm font-semibold text-muted">
        Preview {previewing ? <span className="font-normal">(updating…)</span> : null}
      </h2>
      <div className="prose-atlas" data-testid="article-preview">
        {preview}
      </div>
    </section>
  );
}
