'use server';

import type { ReactNode } from 'react';
import { SourceList } from '@/components/source-citation';
import { renderArticle } from '@/modules/article/components/render-article';
import { blockSources, loadBlocks } from '@/modules/article/lib/load-blocks';
import { parseArticle } from '@/modules/article/lib/parse-article';
import { getStudioSession } from '@/modules/studio/auth/lib/session';

/**
 * The preview of a body, rendered by the very code of the public article page, live blocks
 * filled from the API, without citations (a draft has no permalink). Raw HTML in the Markdown is sanitised there as on the public page.
 */
export async function renderPreviewAction(body: string): Promise<ReactNode> {
  // A session that ended while the editor was open is not an error of the page.
  if (!(await getStudioSession())) {
    return <p role="alert">Your session has ended: sign in again to see the preview.</p>;
  }
  const parsed = parseArticle(body);
  const blocks = await loadBlocks(parsed.blocks);
  const sources = blockSources(blocks);
  return (
    <>
      {renderArticle(parsed.tree, blocks, sources, { citations: false })}
      {sources.length > 0 ? (
        <section aria-label="Sources" className="mt-8 border-t border-line pt-4 text-sm">
          <SourceList sources={sources} />
        </section>
      ) : null}
    </>
  );
}
