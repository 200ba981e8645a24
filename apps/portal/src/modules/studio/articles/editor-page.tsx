import { notFound } from 'next/navigation';
// The preview action returns article blocks inside this client boundary. Next.js lists a client
// component in a page's manifest only when the page's own modules import it, not when only a
// server action does (vercel/next.js#83186), so the editor page imports it here.
import '@/modules/article/components/block-boundary';
import { requireStudioSession } from '@/modules/studio/auth/lib/session';
import { studioRequest } from '@/modules/studio/auth/lib/studio-request';
import { ArticleEditor } from './components/article-editor';
import { EditorCatalogueQuery, StudioArticleQuery } from './lib/documents';

async function loadCatalogue() {
  const { indicators, regions } = await studioRequest(EditorCatalogueQuery, {});
  return { indicators, regions: [...regions].sort((a, b) => a.name.localeCompare(b.name)) };
}

export async function NewArticlePage() {
  const session = await requireStudioSession();
  const catalogue = await loadCatalogue();
  return <ArticleEditor article={null} {...catalogue} csrfToken={session.csrfToken} />;
}

export async function ArticleEditorPage({ params }: { params: Promise<{ id: string }> }) {
  const session = await requireStudioSession();
  const id = Number((await params).id);
  if (!Number.isInteger(id)) notFound();
  const [{ studioArticle }, catalogue] = await Promise.all([
    studioRequest(StudioArticleQuery, { id }),
    loadCatalogue(),
  ]);
  if (!studioArticle) notFound();
  return (
    <ArticleEditor
      key={`${studioArticle.id}-${studioArticle.version}`}
      article={studioArticle}
      {...catalogue}
      csrfToken={session.csrfToken}
    />
  );
}
